package org.crisisdesk.cases;

/** One invalid form field: which field, and the bundle key (with arguments) that says why. */
public record FieldError(String field, String key, Object... args) {
}
