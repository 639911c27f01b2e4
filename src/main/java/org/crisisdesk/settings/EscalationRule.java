package org.crisisdesk.settings;

/** Which route a media contact's reach (basis REACH) or outlet kind (basis MEDIA_KIND) calls for. */
public record EscalationRule(String basis, String valueCode, String routeCode, int version) {
    public static final String REACH = "REACH";
    public static final String MEDIA_KIND = "MEDIA_KIND";
}
