package org.crisisdesk.drafting;

/**
 * A {名} token found in a text.
 *
 * @param start UTF-16 offset of the opening brace; {@code end} exclusive, after the closing brace
 * @param placeholder the known placeholder, or null when the name is not one of {@link Placeholder}
 */
public record PlaceholderMatch(int start, int end, String name, Placeholder placeholder) {
    public boolean known() {
        return placeholder != null;
    }
}
