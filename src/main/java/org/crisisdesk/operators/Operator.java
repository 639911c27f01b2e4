package org.crisisdesk.operators;

import java.time.Instant;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Actor.Role;

/**
 * A person who signs in at the desk.
 *
 * @param pinHash null while the operator has no PIN (migrated acting persons)
 * @param failedCount wrong PINs in the current round
 * @param lockoutRound lockouts since the last good sign-in; the next lockout lasts 5 min × 2^round
 */
public record Operator(long id, String displayName, Role role, boolean active, String pinHash, int failedCount,
        int lockoutRound, Instant lockedUntil, Instant lastSignInAt, int version) {

    public boolean hasPin() {
        return pinHash != null;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public Actor toActor() {
        return new Actor(displayName, role);
    }

    @Override
    public String toString() {
        // the PIN hash stays out of logs and messages
        return "Operator[" + id + ", " + displayName + ", " + role + (active ? "" : ", disabled") + "]";
    }
}
