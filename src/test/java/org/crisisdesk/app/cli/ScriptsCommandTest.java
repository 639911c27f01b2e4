package org.crisisdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptsCommandTest {
    @TempDir
    Path dir;

    @Test
    void exportDryRunAndImport() throws Exception {
        Path pack = dir.resolve("pack.json");
        CliRun.Result export = CliRun.run(dir.resolve("data"), "scripts", "export", "--out", pack.toString());
        assertEquals(0, export.exit(), export.err());
        String json = Files.readString(pack, StandardCharsets.UTF_8);
        assertTrue(json.contains("基本话术一"));
        Files.writeString(pack, json.replace("我们正在积极与厂商沟通,一定帮您妥善处理。", "我们正在与厂商沟通。")
                .replace("\"code\" : \"basic-1\"", "\"code\" : \"hq-new\""), StandardCharsets.UTF_8);

        CliRun.Result dry = CliRun.run(dir.resolve("data"), "scripts", "import", pack.toString(), "--dry-run");
        assertEquals(0, dry.exit(), dry.err());
        assertTrue(dry.out().contains("新增 1 条，更新 1 条，冲突 0 条"), dry.out());
        assertTrue(dry.out().contains("hq-new"), dry.out());
        CliRun.Result again = CliRun.run(dir.resolve("data"), "scripts", "import", pack.toString(), "--dry-run");
        assertTrue(again.out().contains("新增 1 条"), "dry run wrote nothing: " + again.out());

        CliRun.Result real = CliRun.run(dir.resolve("data"), "scripts", "import", pack.toString());
        assertEquals(0, real.exit(), real.err());
        CliRun.Result after = CliRun.run(dir.resolve("data"), "scripts", "import", pack.toString(), "--dry-run");
        assertTrue(after.out().contains("新增 0 条，更新 0 条，冲突 0 条"), after.out());
    }

    @Test
    void malformedPackExitsTwoAndNamesTheLine() throws Exception {
        Path pack = dir.resolve("bad.json");
        Files.writeString(pack, "{\"format\": \"crisisdesk-scripts\",\n\"version\": 1,\n\"scripts\": [{\"code\": \"x\"}]}",
                StandardCharsets.UTF_8);
        CliRun.Result r = CliRun.run(dir.resolve("data"), "scripts", "import", pack.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("第 3 行") && r.err().contains("title"), r.err());
    }
}
