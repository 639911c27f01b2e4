package org.crisisdesk.checker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NormalizerTest {
    private final Normalizer normalizer = new Normalizer();

    private String norm(String s) {
        return normalizer.normalize(s).text();
    }

    @Test
    void fullWidthBecomesHalfWidth() {
        assertEquals("wo认为abc123", norm("ＷＯ认为ＡＢＣ１２３"));
    }

    @Test
    void letterCaseIsFolded() {
        assertEquals("vip客户", norm("VIP客户"));
    }

    @Test
    void traditionalBecomesSimplifiedWithTheCompleteTable() {
        assertEquals("这是私单退不了钱", norm("這是私單，退不了錢"));
        assertEquals("商户资金链断裂我们爱莫能助", norm("商戶資金鏈斷裂，我們愛莫能助"));
        assertEquals("无可奉告请您找我们总部", norm("無可奉告，請您找我們總部"));
        // characters far from the everyday set, to show the table is OpenCC's complete one
        assertEquals("郁", norm("鬱"));
        assertEquals("龟", norm("龜"));
        assertEquals("里", norm("裏"));
        assertEquals("伪", norm("偽")); // Taiwanese variant, through TWVariantsRev
    }

    @Test
    void spacesPunctuationSymbolsAndEmojiBetweenCharactersAreIgnored() {
        assertEquals("私单", norm("私 单"));
        assertEquals("私单", norm("私-单"));
        assertEquals("私单", norm("私*单"));
        assertEquals("私单", norm("私\u3000单"));
        assertEquals("私单", norm("私😀单"));
        assertEquals("私单", norm("私\u200d\ufe0f单"));
        assertEquals("私单", norm("私\u0007单"));
    }

    @Test
    void repeatedCharactersCollapse() {
        assertEquals("我觉得", norm("我觉觉得"));
        assertEquals("私单", norm("私私 私单单"));
    }

    @Test
    void sentenceEndsAreRemembered() {
        NormalizedText t = normalizer.normalize("私。单！ok\n好");
        assertEquals("私单ok好", t.text());
        assertArrayEquals(new int[] {0, 1, 2, 2, 3}, Arrays.copyOf(t.sentence, t.length));
    }

    @Test
    void offsetsPointAtTheOriginalIncludingSurrogatePairs() {
        String s = "😀私😀单";
        NormalizedText t = normalizer.normalize(s);
        assertEquals("私单", t.text());
        assertEquals(2, t.start[0]);
        assertEquals(3, t.end[0]);
        assertEquals(5, t.start[1]);
        assertEquals(6, t.end[1]);
    }

    @Test
    void supplementaryIdeographsAreKeptAndUnpairedSurrogatesDropped() {
        assertEquals("𠀀a", norm("𠀀a"));
        assertEquals("ab", norm("a\ud800b"));
        assertEquals("ab", norm("a\udc00b"));
        assertEquals("a", norm("a\ud800"));
        assertEquals("", norm(""));
    }
}
