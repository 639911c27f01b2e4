package org.crisisdesk.drafting;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a case can fill in. The lead implements it from an incident (and the draft's media
 * contact); an empty or blank value leaves the placeholder in the text, marked and blocking final.
 */
@FunctionalInterface
public interface PlaceholderValues {
    Optional<String> value(Placeholder placeholder);

    PlaceholderValues NONE = p -> Optional.empty();

    /** Values from a map; handy for tests and for the script library's preview. */
    static PlaceholderValues of(Map<Placeholder, String> values) {
        Map<Placeholder, String> copy = values.isEmpty() ? Map.of() : new EnumMap<>(values);
        return p -> Optional.ofNullable(copy.get(p)).filter(v -> !v.isBlank());
    }
}
