package org.crisisdesk.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class DefaultRulesTest {
    private final CompiledChecker checker = DefaultRules.checker();

    @TestFactory
    List<DynamicTest> everyDefaultRuleExamplePasses() {
        RuleVerification v = RuleVerification.run(DefaultRules.rules(), new Normalizer());
        return v.examples().stream().map(x -> DynamicTest.dynamicTest(x.ruleId() + (x.mustFlag() ? " flags " : " spares ")
                + x.text(), () -> assertTrue(x.passed()))).toList();
    }

    @Test
    void allFiveKindsAreCoveredWithReasonsAndSuggestions() {
        Set<String> kinds = DefaultRules.rules().stream().map(Rule::kind).collect(Collectors.toSet());
        assertEquals(Set.of("1", "2", "3", "4", "5"), kinds);
        for (Rule r : DefaultRules.rules()) {
            assertFalse(r.reason().isBlank());
            assertFalse(r.suggestions().isEmpty());
        }
    }

    @Test
    void theFiveBannedPhrasesOfTheSourceAreBlocked() {
        for (String phrase : List.of("我认为……", "我们领导要求……", "商户资金链断裂了,商户跑了,我们也没有办法……",
                "这个是私单,肯定退不了钱。", "这种情况我们其他商场/商户也有很多,我们处理很成熟的。",
                "我们有新闻发言人制度,我们不能讲的。")) {
            assertTrue(checker.check(phrase).stream().anyMatch(h -> h.severity() == Severity.BLOCK), phrase);
        }
    }

    @Test
    void theIssueVariantsAreCaught() {
        for (String v : List.of("我觉得", "在我看来", "领导要求", "上面规定", "商户卷款跑了", "老板跑路了", "资金链断了，没办法",
                "帮不了", "私单，退不了", "私单不能退", "私单没法退", "这种事天天都有", "这种情况很常见", "其他商场也有",
                "我们处理很成熟", "不予置评", "无可奉告", "不能讲", "发言人制度", "私 单，退不了", "私-单不能退", "私*单没法退")) {
            assertFalse(checker.check(v).isEmpty(), v);
        }
    }

    @Test
    void politeRepliesAndApprovedScriptsGiveZeroHits() {
        for (String s : List.of("您认为呢？", "这是您的私人物品", "领导非常重视",
                "您的问题我已记下，我们会尽快以书面形式答复您。感谢您对{公司}的关注。",
                "{公司}作为一家负责任的大型知名家居平台运营商,对消费者作出的先行赔付承诺始终不变,凡在{公司}家居商场所购商品出现质量或服务问题的,顾客与商户难以达成共识时,{公司}将依据国家及地方相关法律法规,给予\"先行赔付\"。",
                "感谢您的反馈,您的反馈能帮助我们进一步提高服务质量。您所反映的这起客诉目前已在积极处理中,如果您需要知晓最终处理结果,我们会以书面形式知会您。",
                "我们正在积极与厂商沟通,一定帮您妥善处理。", "您能再和我们说说具体的情况吗?我们想好好解决这个问题。",
                "我们会先核实情况,再以书面形式给您答复。",
                "只要能证明是在本商场购买,我们都会对服务和质量负责,具体情况我们正在核实。",
                "这起客诉目前已在积极处理中,处理进展我们会以书面形式告知您。")) {
            assertEquals(List.of(), checker.check(s), s);
        }
    }
}
