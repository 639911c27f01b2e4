package org.crisisdesk.checker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The built-in rules for DOMAIN.md's five kinds of banned wording, kept as a readable JSON resource.
 * The same file seeds the database (migration V10_2) and serves {@code check} when there is no
 * database.
 */
public final class DefaultRules {
    public static final String RESOURCE = "/org/crisisdesk/checker/default-rules.json";

    private DefaultRules() {
    }

    /** The resource's text, UTF-8. */
    public static String json() {
        try (InputStream in = DefaultRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Rule> rules() {
        return RulesJson.read(json());
    }

    /** The default rules compiled, examples verified. */
    public static CompiledChecker checker() {
        return CompiledChecker.compile(rules());
    }
}
