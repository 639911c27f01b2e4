package org.crisisdesk.cases;

/**
 * The four signs of an undercover visit (暗访特征) from DOMAIN.md. Two or more call for the
 * guidance 不回避、不强势 / 有态度、不评判.
 */
public record UndercoverSigns(boolean identityUnclear, boolean noEmotion, boolean oddMovement, boolean professional) {
    public static final UndercoverSigns NONE = new UndercoverSigns(false, false, false, false);
    /** How many ticked signs make the desk show the undercover guidance. */
    public static final int GUIDANCE_THRESHOLD = 2;

    public int count() {
        return (identityUnclear ? 1 : 0) + (noEmotion ? 1 : 0) + (oddMovement ? 1 : 0) + (professional ? 1 : 0);
    }

    public boolean showsGuidance() {
        return count() >= GUIDANCE_THRESHOLD;
    }
}
