package org.crisisdesk.drafting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.crisisdesk.drafting.TextDiff.Op;
import org.crisisdesk.drafting.TextDiff.Segment;
import org.junit.jupiter.api.Test;

class TextDiffTest {
    private static String spell(List<Segment> segs, Op skip) {
        return segs.stream().filter(s -> s.op() != skip).map(Segment::text).collect(Collectors.joining());
    }

    @Test
    void showsAWordChangeInsideAParagraph() {
        String a = "第一段。\n这个是私单,退不了。\n第三段。";
        String b = "第一段。\n只要能证明是在本商场购买,我们都会负责。\n第三段。\n第四段。";
        List<Segment> d = TextDiff.diff(a, b);
        assertEquals(a, spell(d, Op.INSERT));
        assertEquals(b, spell(d, Op.DELETE));
        assertEquals(new Segment(Op.EQUAL, "第一段。\n"), d.get(0));
    }

    @Test
    void identicalAndEmpty() {
        assertEquals(List.of(new Segment(Op.EQUAL, "同")), TextDiff.diff("同", "同"));
        assertEquals(List.of(new Segment(Op.INSERT, "新")), TextDiff.diff("", "新"));
        assertEquals(List.of(new Segment(Op.DELETE, "旧")), TextDiff.diff("旧", ""));
    }

    @Test
    void movedLinesStillSpellBothSides() {
        String a = "甲\n乙\n丙\n丁\n";
        String b = "丙\n甲\n丁\n乙\n";
        List<Segment> d = TextDiff.diff(a, b);
        assertEquals(a, spell(d, Op.INSERT));
        assertEquals(b, spell(d, Op.DELETE));
    }
}
