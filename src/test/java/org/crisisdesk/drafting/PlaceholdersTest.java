package org.crisisdesk.drafting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.crisisdesk.drafting.CustomerAddress.Honorific;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {
    private final PlaceholderValues values = PlaceholderValues.of(Map.of(
            Placeholder.COMPANY, "红星家居", Placeholder.MALL, "城南商场", Placeholder.CASE_NO, "S01-2026-0007",
            Placeholder.DATE, "2026年3月14日", Placeholder.PROMISED_TIME, " "));

    @Test
    void fillsKnownAndLeavesUnfillableMarked() {
        PlaceholderFiller.Result r = PlaceholderFiller.fill("{公司}{商场}:案件{案件编号},{承诺时间}前答复。{门店}", values);
        assertEquals("红星家居城南商场:案件S01-2026-0007,{承诺时间}前答复。{门店}", r.text());
        assertEquals(List.of(Placeholder.PROMISED_TIME), r.unfilled());
        assertEquals(List.of("门店"), r.unknown());
        assertFalse(r.complete());
    }

    @Test
    void approvedScriptsFillCompletelyExceptPromisedTime() {
        for (ScriptSnippet s : new DefaultScriptSource().approvedScripts()) {
            PlaceholderFiller.Result r = PlaceholderFiller.fill(s.body(), values);
            assertTrue(r.unknown().isEmpty(), s.id());
            if (s.id().equals(DefaultScriptSource.MEDIA_WRITTEN_REPLY)) {
                assertEquals(List.of(Placeholder.JOURNALIST, Placeholder.OUTLET, Placeholder.PROMISED_TIME).stream()
                        .sorted().toList(), r.unfilled().stream().sorted().toList());
            } else {
                assertTrue(r.complete(), s.id());
            }
        }
    }

    @Test
    void findsFullWidthBracesAndIgnoresLongOrSpacedOnes() {
        assertEquals(List.of(Placeholder.COMPANY), Placeholders.findUnfilled("感谢您对｛公司｝的关注"));
        assertTrue(Placeholders.findAll("{ 公司 } and {这是一段很长很长很长的不是占位符的说明文字}").isEmpty());
        assertEquals(List.of("门店"), Placeholders.findUnknown("{门店}{门店}{公司}"));
    }

    @Test
    void customerAddress() {
        assertEquals("王女士", CustomerAddress.of("王芳", Honorific.MS));
        assertEquals("李先生", CustomerAddress.of("李强", Honorific.fromCode("MR")));
        assertEquals("欧阳女士", CustomerAddress.of("欧阳娜娜", Honorific.fromCode("女士")));
        assertEquals("您", CustomerAddress.of("王芳", Honorific.UNKNOWN));
        assertEquals("您", CustomerAddress.of(null, Honorific.MS));
        assertEquals("您", CustomerAddress.of("Anna Smith", Honorific.MS));
    }
}
