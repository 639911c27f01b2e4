package org.crisisdesk.ui.operators;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Locale;
import org.crisisdesk.common.Messages;
import org.crisisdesk.operators.AuditActions;
import org.junit.jupiter.api.Test;

/** The audit view shows every action in words: a new action code needs its label in both languages. */
class AuditActionLabelsTest {
    @Test
    void everyAuditActionHasALabelInChineseAndEnglish() throws Exception {
        Messages zh = new Messages(Locale.SIMPLIFIED_CHINESE);
        Messages en = new Messages(Locale.ENGLISH);
        for (Field f : AuditActions.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                String key = "audit.action." + f.get(null);
                assertTrue(zh.has(key), "zh lacks " + key);
                // English falls back to the Chinese base bundle, so a missing translation shows as equal text
                assertTrue(!en.get(key).equals(zh.get(key)), "en lacks " + key);
            }
        }
    }
}
