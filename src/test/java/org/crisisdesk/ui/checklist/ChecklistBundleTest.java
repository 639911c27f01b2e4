package org.crisisdesk.ui.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The checklist bundle has every key the code uses, in all three files; the core stays free of JavaFX. */
class ChecklistBundleTest {
    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ChecklistBundleTest.class.getResourceAsStream("/org/crisisdesk/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyInEveryLanguage() throws IOException {
        Properties base = load("checklist.properties");
        assertEquals(base.keySet(), load("checklist_zh_CN.properties").keySet());
        assertEquals(base.keySet(), load("checklist_en.properties").keySet());
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\"(checklist\\.[A-Za-z.]+[A-Za-z])\"");
        for (Path root : new Path[] {Path.of("src/main/java/org/crisisdesk/checklist"),
                Path.of("src/main/java/org/crisisdesk/ui/checklist")}) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = key.matcher(Files.readString(f));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        used.removeIf(k -> k.endsWith(".") || k.equals("checklist.track") || k.equals("checklist.rule"));
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(base.stringPropertyNames());
        assertTrue(missing.isEmpty(), "missing keys: " + missing);
    }

    @Test
    void coreChecklistImportsNoJavaFx() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/crisisdesk/checklist"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                assertTrue(!Files.readString(f).contains("import javafx"), f + " imports javafx");
            }
        }
    }
}
