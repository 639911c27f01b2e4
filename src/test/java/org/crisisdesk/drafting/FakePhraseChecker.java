package org.crisisdesk.drafting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crisisdesk.checker.Hit;
import org.crisisdesk.checker.PhraseChecker;
import org.crisisdesk.checker.Severity;

/** A literal-phrase checker standing in for the real engine in tests: 私单 / 退不了 block, 我认为 warns. */
public final class FakePhraseChecker implements PhraseChecker {
    public static final String PRIVATE_ORDER_FIX = "只要能证明是在本商场购买,我们都会对服务和质量负责,具体情况我们正在核实。";
    public static final String OPINION_FIX = "我们会先核实情况,再以书面形式给您答复。";

    private record Rule(String phrase, String id, String kind, Severity severity, String reason, List<String> suggestions) {
    }

    private final List<Rule> rules = List.of(
            new Rule("私单", "R3-private-order", "3", Severity.BLOCK,
                    "评判性说法:对记者而言个人看法就是公司的决定。", List.of(PRIVATE_ORDER_FIX)),
            new Rule("退不了", "R3-no-refund", "3", Severity.BLOCK,
                    "让顾客焦虑、绝望的说法,媒体会借此放大。", List.of(PRIVATE_ORDER_FIX)),
            new Rule("我认为", "R1-opinion", "1", Severity.WARN,
                    "个人判断在记者看来就是公司的决定;不确定时不说。", List.of(OPINION_FIX)));

    @Override
    public List<Hit> check(CharSequence text) {
        String s = text.toString();
        List<Hit> hits = new ArrayList<>();
        for (Rule r : rules) {
            int at = s.indexOf(r.phrase());
            while (at >= 0) {
                hits.add(new Hit(at, at + r.phrase().length(), r.id(), r.kind(), r.severity(), r.phrase(), r.reason(),
                        r.suggestions()));
                at = s.indexOf(r.phrase(), at + r.phrase().length());
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        return hits;
    }
}
