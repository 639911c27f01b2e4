package org.crisisdesk.operators;

import java.time.Instant;
import org.crisisdesk.common.UserException;

/** A sign-in refused because the operator is locked out; carries the end so views can count down. */
public final class LockedOutException extends UserException {
    private static final long serialVersionUID = 1L;
    private final transient Instant until;

    public LockedOutException(String operatorName, long minutesLeft, Instant until) {
        super("operators.lockedOut", operatorName, minutesLeft);
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
