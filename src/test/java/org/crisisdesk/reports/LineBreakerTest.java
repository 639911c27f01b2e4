package org.crisisdesk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.crisisdesk.reports.pdf.LineBreaker;
import org.junit.jupiter.api.Test;

class LineBreakerTest {
    /** Every code point is 10 wide: a line of width 50 holds five. */
    private static final LineBreaker.Measure TEN = cp -> 10f;

    @Test
    void breaksBetweenChineseCharacters() {
        assertEquals(List.of("顾客反映沙", "发开裂"), LineBreaker.breakLines("顾客反映沙发开裂", 50, TEN));
    }

    @Test
    void closingPunctuationNeverStartsALine() {
        List<String> lines = LineBreaker.breakLines("顾客反映沙发,开裂了。」好的", 50, TEN);
        for (String line : lines) {
            assertFalse(LineBreaker.isClosing(line.codePointAt(0)), lines.toString());
        }
        assertEquals("顾客反映沙发,开裂了。」好的", String.join("", lines));
        assertEquals(List.of("顾客反映沙", "发,开裂", "了。」好的"), lines);
    }

    @Test
    void openingPunctuationNeverEndsALine() {
        List<String> lines = LineBreaker.breakLines("顾客反映《城市晚报》记者", 50, TEN);
        for (String line : lines) {
            assertFalse(LineBreaker.isOpening(line.codePointBefore(line.length())), lines.toString());
        }
        assertEquals(List.of("顾客反映", "《城市晚", "报》记者"), lines);
    }

    @Test
    void latinWordsStayWholeAndLongOnesAreCut() {
        assertEquals(List.of("the frame", "ZX-300"), LineBreaker.breakLines("the frame ZX-300", 100, TEN));
        List<String> cut = LineBreaker.breakLines("abcdefghijkl", 50, TEN);
        assertEquals(List.of("abcde", "fghij", "kl"), cut);
    }

    @Test
    void surrogatePairsAreNeverCut() {
        String text = "𠀀𠀁𠀂𠀃𠀄𠀅𠀆";
        List<String> lines = LineBreaker.breakLines(text, 30, TEN);
        assertEquals(List.of("𠀀𠀁𠀂", "𠀃𠀄𠀅", "𠀆"), lines);
        for (String line : lines) {
            assertFalse(Character.isLowSurrogate(line.charAt(0)));
            assertFalse(Character.isHighSurrogate(line.charAt(line.length() - 1)));
        }
    }

    @Test
    void lineFeedsForceBreaksAndKeepEmptyLines() {
        assertEquals(List.of("一", "", "二"), LineBreaker.breakLines("一\n\n二", 50, TEN));
    }

    @Test
    void mixedTextFitsTheWidth() {
        String text = "Customer 张女士 mentioned the ZX-300 frame,并要求退款。Refund within 3 days.";
        for (String line : LineBreaker.breakLines(text, 80, TEN)) {
            assertTrue(line.codePointCount(0, line.length()) <= 8, line);
        }
    }
}
