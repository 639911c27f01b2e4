package org.crisisdesk.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.crisisdesk.common.Messages;
import org.junit.jupiter.api.Test;

/** The scripts bundle has the same keys in every language and a label for every enum value. */
class ScriptsBundleTest {
    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = ScriptsBundleTest.class.getResourceAsStream("/org/crisisdesk/i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void languagesHaveTheSameKeys() throws Exception {
        Properties zh = load("scripts");
        assertEquals(zh.keySet(), load("scripts_zh_CN").keySet());
        assertEquals(zh.keySet(), load("scripts_en").keySet());
    }

    @Test
    void everyEnumValueHasALabel() {
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            Messages m = new Messages(locale);
            Stream.of(Stream.of(Scenario.values()).map(Scenario::labelKey),
                            Stream.of(ScriptState.values()).map(ScriptState::labelKey),
                            Stream.of(ScriptVersion.Action.values()).map(ScriptVersion.Action::labelKey),
                            Stream.of(ImportPlan.Kind.values()).map(ImportPlan.Kind::labelKey))
                    .flatMap(s -> s).forEach(k -> assertTrue(m.has(k), k));
        }
    }
}
