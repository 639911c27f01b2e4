package org.crisisdesk.scripts;

import java.util.Arrays;
import java.util.Optional;

/** When a script is used; the library groups by it. The Chinese name is the domain term packs carry. */
public enum Scenario {
    MEDIA_RECEPTION("媒体接待"),
    WRITTEN_REPLY("书面回复"),
    ADVANCE_PAYMENT("先行赔付"),
    UNDERCOVER("暗访应对"),
    SOCIAL_REPLY("社交平台回复"),
    CUSTOMER_CALMING("顾客安抚"),
    INTERNAL_REPORT("内部上报");

    private final String term;

    Scenario(String term) {
        this.term = term;
    }

    /** The domain term, e.g. 媒体接待 (also written to packs). */
    public String term() {
        return term;
    }

    /** The bundle key of the label shown in the user's language. */
    public String labelKey() {
        return "scripts.scenario." + name();
    }

    /** By enum name or by Chinese term. */
    public static Optional<Scenario> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(t) || s.term.equals(t)).findFirst();
    }
}
