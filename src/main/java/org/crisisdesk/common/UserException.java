package org.crisisdesk.common;

import java.util.Arrays;

/**
 * A failure the user must be told about in their own language. Carries a resource-bundle key
 * and its arguments instead of text, so the core never hard-codes user-visible wording.
 */
public class UserException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] args;

    public UserException(String key, Object... args) {
        this(null, key, args);
    }

    public UserException(Throwable cause, String key, Object... args) {
        super(key + Arrays.toString(args), cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The message in the given bundle's language. */
    public String localized(Messages messages) {
        return messages.get(key, args);
    }
}
