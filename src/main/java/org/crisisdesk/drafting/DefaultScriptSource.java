package org.crisisdesk.drafting;

import java.util.List;

/** The approved scripts of DOMAIN.md (verbatim, company as {公司}) and the 媒体书面回复 template. */
public final class DefaultScriptSource implements ScriptSource {
    public static final String HOLDING = "basic-1";
    public static final String ADVANCE_PAYMENT = "basic-2";
    public static final String IN_PROGRESS = "basic-3";
    public static final String MEDIA_WRITTEN_REPLY = "media-written-reply";

    private static final List<ScriptSnippet> SCRIPTS = List.of(
            new ScriptSnippet(HOLDING, "基本话术一:书面答复", "暂复记者或顾客",
                    "您的问题我已记下,我们会尽快以书面形式答复您。感谢您对{公司}的关注。"),
            new ScriptSnippet(ADVANCE_PAYMENT, "基本话术二:先行赔付", "顾客与商户难以达成共识",
                    "{公司}作为一家负责任的大型知名家居平台运营商,对消费者作出的先行赔付承诺始终不变,"
                            + "凡在{公司}家居商场所购商品出现质量或服务问题的,顾客与商户难以达成共识时,"
                            + "{公司}将依据国家及地方相关法律法规,给予\"先行赔付\"。"),
            new ScriptSnippet(IN_PROGRESS, "基本话术三:正在处理", "客诉已在处理中",
                    "感谢您的反馈,您的反馈能帮助我们进一步提高服务质量。您所反映的这起客诉目前已在积极处理中,"
                            + "如果您需要知晓最终处理结果,我们会以书面形式知会您。"),
            new ScriptSnippet(MEDIA_WRITTEN_REPLY, "媒体书面回复", "回复媒体单位(正式回复)",
                    "{媒体}{记者}记者:\n"
                            + "您好!感谢您对{公司}的关注。您所了解的{商场}顾客投诉(案件编号{案件编号}),"
                            + "我们高度重视,目前已在积极处理中。只要能证明是在本商场购买,我们都会对服务和质量负责,"
                            + "具体情况我们正在核实。我们将于{承诺时间}前以书面形式告知您处理进展。\n"
                            + "{公司}{商场}\n"
                            + "{日期}"));

    @Override
    public List<ScriptSnippet> approvedScripts() {
        return SCRIPTS;
    }
}
