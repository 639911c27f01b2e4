package org.crisisdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.crisisdesk.app.Main;
import org.crisisdesk.checker.DefaultRules;
import org.crisisdesk.checker.Rule;
import org.crisisdesk.checker.RulePattern;
import org.crisisdesk.checker.RulesJson;
import org.crisisdesk.checker.Severity;
import org.crisisdesk.common.Messages;
import org.crisisdesk.store.Database;
import org.crisisdesk.store.DatabaseConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CheckCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String stdin, String... args) {
        CommandLine cli = Main.commandLine(new Messages(Locale.SIMPLIFIED_CHINESE));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        if (stdin != null) {
            CheckCommand check = cli.getSubcommands().get("check").getCommand();
            check.stdin = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        }
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.execute(all);
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void cleanFileExitsZeroAndPrintsNothing() throws Exception {
        Path f = write("clean.txt", "您好，我们会先核实情况，再以书面形式给您答复。");
        assertEquals(0, run(null, "check", f.toString()));
        assertEquals("", out.toString());
    }

    @Test
    void hitsArePrintedWithFileLineColumnAndExitOne() throws Exception {
        Path f = write("reply.txt", "您好，\n😀这是私 单，肯定退不了。");
        assertEquals(1, run(null, "check", f.toString()));
        String first = out.toString().lines().findFirst().orElseThrow();
        assertTrue(first.startsWith(f + ":2:4 禁止 k3-private-order-refund 私 单，肯定退不了 — "), first);
        assertTrue(first.contains(" → 只要能证明是在本商场购买"), first);
    }

    @Test
    void columnsCountCharactersAsShownOnOneLine() throws Exception {
        Path f = write("line.txt", "私单 😀私单 私单\n私单");
        assertEquals(1, run(null, "check", f.toString()));
        List<String> cols = out.toString().lines().map(l -> l.substring(f.toString().length() + 1, l.indexOf(' '))).toList();
        assertEquals(List.of("1:1", "1:5", "1:8", "2:1"), cols);
    }

    @Test
    void standardInputAndJson() throws Exception {
        assertEquals(1, run("我觉得没问题", "check", "--json", "-"));
        JsonNode hits = new ObjectMapper().readTree(out.toString()).get("-");
        assertEquals(1, hits.size());
        JsonNode h = hits.get(0);
        assertEquals(0, h.get("start").asInt());
        assertEquals(3, h.get("end").asInt());
        assertEquals(1, h.get("line").asInt());
        assertEquals(1, h.get("column").asInt());
        assertEquals("k1-personal-view", h.get("ruleId").asText());
        assertEquals("1", h.get("kind").asText());
        assertEquals("BLOCK", h.get("severity").asText());
        assertEquals("我觉得", h.get("matchedText").asText());
        assertFalse(h.get("reason").asText().isEmpty());
        assertTrue(h.get("suggestions").isArray());
    }

    @Test
    void unreadableFileExitsTwoButOtherFilesAreStillChecked() throws Exception {
        Path f = write("a.txt", "无可奉告");
        assertEquals(2, run(null, "check", dir.resolve("missing.txt").toString(), f.toString()));
        assertTrue(out.toString().contains("k5-no-comment"));
        assertTrue(err.toString().contains("missing.txt"));
    }

    @Test
    void badUsageExitsTwo() {
        assertEquals(2, run(null, "check"));
        assertEquals(2, run(null, "check", "--bogus", "x"));
    }

    @Test
    void checkNeverCreatesADatabase() throws Exception {
        Path f = write("a.txt", "私单");
        assertEquals(1, run(null, "check", f.toString()));
        assertFalse(Files.exists(dir.resolve("data")));
    }

    @Test
    void usesTheDatabaseRulesWhenOneExists() throws Exception {
        Database.prepareDataDirectory(dir.resolve("data"));
        try (Database db = Database.open(DatabaseConfig.h2(dir.resolve("data")))) {
            db.jdbi().useHandle(h -> h.execute("DELETE FROM checker_rule WHERE id = 'k5-no-comment'"));
        }
        Path f = write("a.txt", "无可奉告");
        assertEquals(0, run(null, "check", f.toString()));
    }

    @Test
    void rulesFileOptionAndBrokenRulesFile() throws Exception {
        Rule custom = new Rule("x-door", "custom", Severity.WARN, "生硬", List.of("我们来想办法"),
                List.of(RulePattern.literal("门都没有")), List.of(), List.of("门都没有"), List.of());
        Path rules = write("rules.json", RulesJson.write(List.of(custom)));
        Path f = write("a.txt", "退款？门 都 没 有！私单");
        assertEquals(1, run(null, "check", "--rules", rules.toString(), f.toString()));
        assertTrue(out.toString().contains("提醒 x-door 门 都 没 有"), out.toString());
        assertFalse(out.toString().contains("k3-"));
        Path broken = write("broken.json", "{\"rules\": [\n  {\"id\": \"a\"\n]}");
        assertEquals(2, run(null, "check", "--rules", broken.toString(), f.toString()));
        assertTrue(err.toString().contains("第 3 行"), err.toString());
    }

    @Test
    void oneMegabyteOfText() throws Exception {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 1_000_000) {
            sb.append("您好，我们会先核实情况，再以书面形式给您答复。\n");
        }
        sb.append("我认为不行");
        Path f = write("big.txt", sb.toString());
        assertEquals(1, run(null, "check", f.toString()));
        assertEquals(1, out.toString().lines().count());
    }

    @Test
    void exportThenImportRoundTripsAndDryRunWritesNothing() throws Exception {
        Path exported = dir.resolve("rules.json");
        assertEquals(0, run(null, "rules", "export", "--out", exported.toString()));
        assertEquals(DefaultRules.rules(), RulesJson.read(Files.readString(exported)));
        Rule custom = new Rule("x-door", "custom", Severity.WARN, "生硬", List.of("我们来想办法"),
                List.of(RulePattern.literal("门都没有")), List.of(), List.of("门都没有"), List.of());
        Path one = write("one.json", RulesJson.write(List.of(custom)));
        assertEquals(0, run(null, "rules", "import", one.toString(), "--dry-run"));
        out.getBuffer().setLength(0);
        assertEquals(0, run(null, "rules", "export"));
        assertEquals(DefaultRules.rules(), RulesJson.read(out.toString()));
        assertEquals(0, run(null, "rules", "import", one.toString()));
        out.getBuffer().setLength(0);
        assertEquals(0, run(null, "rules", "export"));
        assertEquals(List.of(custom), RulesJson.read(out.toString()));
    }

    @Test
    void failingImportNamesRuleAndExampleAndKeepsTheRules() throws Exception {
        Rule bad = new Rule("x-bad", "custom", Severity.WARN, "r", List.of("s"),
                List.of(RulePattern.literal("门都没有")), List.of(), List.of("没门"), List.of());
        Path file = write("bad.json", RulesJson.write(List.of(bad)));
        assertEquals(2, run(null, "rules", "import", file.toString()));
        assertTrue(err.toString().contains("x-bad") && err.toString().contains("没门"), err.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run(null, "rules", "export"));
        assertEquals(DefaultRules.rules(), RulesJson.read(out.toString()));
    }
}
