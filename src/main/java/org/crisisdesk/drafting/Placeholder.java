package org.crisisdesk.drafting;

import java.util.Arrays;
import java.util.Optional;

/**
 * The one set of placeholders scripts and drafts may use, written {@code {名}} in the text.
 * Whatever else appears in braces is an unknown placeholder (see {@link Placeholders#findUnknown}).
 */
public enum Placeholder {
    COMPANY("公司"),
    MALL("商场"),
    CUSTOMER_ADDRESS("顾客称呼"),
    CUSTOMER_NAME("顾客姓名"),
    CASE_NO("案件编号"),
    DATE("日期"),
    JOURNALIST("记者"),
    OUTLET("媒体"),
    PROMISED_TIME("承诺时间");

    private final String name;

    Placeholder(String name) {
        this.name = name;
    }

    /** The Chinese name written between the braces, e.g. 公司. */
    public String displayName() {
        return name;
    }

    /** The placeholder as written in text, e.g. {公司}. */
    public String token() {
        return "{" + name + "}";
    }

    /** The bundle key of a short explanation (drafting bundle). */
    public String labelKey() {
        return "drafting.placeholder." + name();
    }

    public static Optional<Placeholder> byName(String name) {
        return Arrays.stream(values()).filter(p -> p.name.equals(name)).findFirst();
    }
}
