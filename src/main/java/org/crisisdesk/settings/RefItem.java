package org.crisisdesk.settings;

/** An entry of an editable list (channel, category, risk type, acting person). */
public record RefItem(String kind, String code, String labelZh, String labelEn, int sortOrder, boolean active,
                      int version) {
    public static final String CHANNEL = "CHANNEL";
    public static final String CATEGORY = "CATEGORY";
    public static final String RISK_TYPE = "RISK_TYPE";
    public static final String ACTOR = "ACTOR";

    public String label(boolean chinese) {
        return chinese ? labelZh : labelEn;
    }
}
