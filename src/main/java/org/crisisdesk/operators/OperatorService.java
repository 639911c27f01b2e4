package org.crisisdesk.operators;

import static org.crisisdesk.operators.AuditActions.*;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Actor.Role;
import org.crisisdesk.common.AuditEvent;
import org.crisisdesk.common.UserException;
import org.crisisdesk.operators.Permissions.Action;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Operators and signing in. PINs are checked off the caller's transaction (PBKDF2 is slow on
 * purpose); the counters and the audit entry of each attempt are then written together.
 */
public final class OperatorService {
    public static final int MAX_FAILED = 5;
    public static final Duration FIRST_LOCKOUT = Duration.ofMinutes(5);
    public static final Duration MAX_LOCKOUT = Duration.ofMinutes(30);
    public static final int MIN_PIN = 6;
    private static final int MAX_PIN = 32;
    private static final int MAX_NAME = 50;

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final PinHasher hasher;
    private final Clock clock;
    private final OperatorRepository repo = new OperatorRepository();

    public OperatorService(Jdbi jdbi, AuditLog audit, PinHasher hasher, Clock clock) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** True until an active supervisor with a PIN exists: the start screen then asks for one. */
    public boolean isFirstRun() {
        return jdbi.withHandle(h -> repo.countUsableSupervisors(h) == 0);
    }

    /** Creates the first supervisor and signs them in; refused once the desk has one. */
    public Actor createFirstSupervisor(String name, char[] pin) {
        String clean = validName(name);
        validPin(pin);
        String hash = hasher.hash(pin);
        return jdbi.inTransaction(h -> {
            audit.lock(h); // two first-run screens at once: the second sees the first's supervisor
            if (repo.countUsableSupervisors(h) > 0) {
                throw new UserException("operators.alreadySetUp");
            }
            Optional<Operator> existing = repo.findByName(h, clean);
            long id;
            if (existing.isPresent()) {
                // a migrated acting person of the same name becomes the supervisor
                Operator o = existing.get();
                repo.update(h, new Operator(o.id(), o.displayName(), Role.SUPERVISOR, true, hash, 0, 0, null,
                        clock.instant(), o.version()));
                id = o.id();
            } else {
                id = repo.insert(h, clean, Role.SUPERVISOR, hash, clock.instant());
            }
            Actor actor = new Actor(clean, Role.SUPERVISOR);
            audit.append(h, AuditEvent.of(actor, FIRST_SUPERVISOR).on("operator", id).field("role")
                    .change(null, Role.SUPERVISOR));
            return actor;
        });
    }

    /** The names on the start screen. */
    public List<Operator> activeOperators() {
        return jdbi.withHandle(repo::active);
    }

    public List<Operator> allOperators(Actor actor) {
        Permissions.require(actor, Action.MANAGE_OPERATORS);
        return jdbi.withHandle(repo::all);
    }

    public Optional<Operator> find(long id) {
        return jdbi.withHandle(h -> repo.find(h, id));
    }

    public Optional<Operator> findByName(String name) {
        return jdbi.withHandle(h -> repo.findByName(h, name == null ? "" : name.trim()));
    }

    public Operator create(Actor actor, String name, Role role, char[] pin) {
        Permissions.require(actor, Action.MANAGE_OPERATORS);
        String clean = validName(name);
        validPin(pin);
        String hash = hasher.hash(pin);
        return jdbi.inTransaction(h -> {
            if (repo.findByName(h, clean).isPresent()) {
                throw new UserException("operators.nameTaken", clean);
            }
            long id = repo.insert(h, clean, role, hash, clock.instant());
            audit.append(h, AuditEvent.of(actor, OPERATOR_CREATE).on("operator", id).field("role")
                    .change(null, role));
            return repo.find(h, id).orElseThrow();
        });
    }

    public void setActive(Actor actor, long id, boolean active) {
        Permissions.require(actor, Action.MANAGE_OPERATORS);
        change(actor, id, o -> {
            if (!active) {
                guardLastSupervisor(o);
            }
            return with(o, o.role(), active, o.pinHash());
        }, active ? OPERATOR_ENABLE : OPERATOR_DISABLE, "active", Operator::active, active);
    }

    public void changeRole(Actor actor, long id, Role role) {
        Permissions.require(actor, Action.MANAGE_OPERATORS);
        change(actor, id, o -> {
            if (role != Role.SUPERVISOR) {
                guardLastSupervisor(o);
            }
            return with(o, role, o.active(), o.pinHash());
        }, OPERATOR_ROLE, "role", Operator::role, role);
    }

    /** A supervisor sets (or resets) another operator's PIN, e.g. for a migrated operator without one. */
    public void setPin(Actor actor, long id, char[] pin) {
        Permissions.require(actor, Action.MANAGE_OPERATORS);
        validPin(pin);
        String hash = hasher.hash(pin);
        jdbi.useTransaction(h -> {
            Operator o = repo.find(h, id).orElseThrow(() -> new UserException("operators.unknown"));
            repo.update(h, new Operator(o.id(), o.displayName(), o.role(), o.active(), hash, 0, o.lockoutRound(),
                    o.lockedUntil(), o.lastSignInAt(), o.version()));
            audit.append(h, AuditEvent.of(actor, OPERATOR_PIN_SET).on("operator", id).field("pin")
                    .change(null, AuditRecord.CHANGED));
        });
    }

    /** An operator changes their own PIN, proving the old one. */
    public void changeOwnPin(long id, char[] oldPin, char[] newPin) {
        validPin(newPin);
        Actor actor = signIn(id, oldPin);
        String hash = hasher.hash(newPin);
        jdbi.useTransaction(h -> {
            Operator o = repo.find(h, id).orElseThrow();
            repo.update(h, with(o, o.role(), o.active(), hash));
            audit.append(h, AuditEvent.of(actor, OPERATOR_PIN_CHANGE).on("operator", id).field("pin")
                    .change(null, AuditRecord.CHANGED));
        });
    }

    /** A supervisor lifts a lockout; the next lockout still follows the doubling schedule. */
    public void liftLockout(Actor actor, long id) {
        Permissions.require(actor, Action.MANAGE_OPERATORS);
        jdbi.useTransaction(h -> {
            Operator o = repo.find(h, id).orElseThrow(() -> new UserException("operators.unknown"));
            repo.update(h, new Operator(o.id(), o.displayName(), o.role(), o.active(), o.pinHash(), 0,
                    o.lockoutRound(), null, o.lastSignInAt(), o.version()));
            audit.append(h, AuditEvent.of(actor, OPERATOR_LOCKOUT_LIFT).on("operator", id).field("locked_until")
                    .change(o.lockedUntil(), null));
        });
    }

    /**
     * Checks a PIN and returns the operator as an actor. Every attempt is audited. Throws
     * {@link LockedOutException} while locked out, {@code operators.wrongPin} (attempts left) on a
     * wrong PIN, {@code operators.noPin} or {@code operators.disabled} otherwise. Slow by design:
     * call it off the FX thread.
     */
    public Actor signIn(long id, char[] pin) {
        Operator o = find(id).orElseThrow(() -> new UserException("operators.unknown"));
        Instant now = clock.instant();
        if (!o.active() || !o.hasPin() || o.lockedAt(now)) {
            refuse(o, now);
        }
        if (!wellFormed(pin)) {
            // cannot be anyone's PIN, so it does not count towards a lockout (an Enter on an empty field)
            audit.append(AuditEvent.byName(o.displayName(), SIGN_IN_REFUSED).on("operator", o.id())
                    .field("reason").change(null, "malformed-pin"));
            throw new UserException("operators.pinInvalid", MIN_PIN);
        }
        boolean good = hasher.verify(pin, o.pinHash());
        String rehash = good && hasher.needsRehash(o.pinHash()) ? hasher.hash(pin) : null;
        Outcome outcome = jdbi.inTransaction(h -> {
            Operator cur = repo.find(h, id).orElseThrow();
            Instant at = clock.instant();
            if (cur.lockedAt(at) || !cur.active()) {
                return Outcome.REFUSED; // locked or disabled while the PIN was being checked
            }
            if (good) {
                recordGood(h, cur, rehash, at);
                return Outcome.OK;
            }
            int failed = cur.failedCount() + 1;
            if (failed < MAX_FAILED) {
                repo.update(h, new Operator(cur.id(), cur.displayName(), cur.role(), true, cur.pinHash(), failed,
                        cur.lockoutRound(), cur.lockedUntil(), cur.lastSignInAt(), cur.version()));
                audit.append(h, AuditEvent.byName(cur.displayName(), SIGN_IN_FAILED).on("operator", id)
                        .field("failed_count").change(cur.failedCount(), failed));
                return Outcome.WRONG;
            }
            Instant until = at.plus(lockoutFor(cur.lockoutRound()));
            repo.update(h, new Operator(cur.id(), cur.displayName(), cur.role(), true, cur.pinHash(), 0,
                    cur.lockoutRound() + 1, until, cur.lastSignInAt(), cur.version()));
            audit.append(h, AuditEvent.byName(cur.displayName(), SIGN_IN_LOCKED_OUT).on("operator", id)
                    .field("locked_until").change(null, until));
            return Outcome.LOCKED;
        });
        Operator after = find(id).orElseThrow();
        switch (outcome) {
            case OK:
                return after.toActor();
            case WRONG:
                throw new UserException("operators.wrongPin", MAX_FAILED - after.failedCount());
            case LOCKED:
                throw lockedOut(after, clock.instant());
            default:
                refuse(after, clock.instant());
                throw new IllegalStateException();
        }
    }

    /**
     * For a desk whose disk refuses every write: the PIN checked against the operator as read before
     * (the sign-in list), writing nothing. A wrong PIN is refused but not counted towards a lockout
     * while the disk is full (each try still costs the slow PIN check); {@link #recordSignIn} writes
     * the sign-in once the disk takes it. Call it off the FX thread.
     */
    public Actor signInWithoutWriting(Operator o, char[] pin) {
        Instant now = clock.instant();
        if (!o.active() || !o.hasPin() || o.lockedAt(now)) {
            throw refusal(o, now);
        }
        if (!wellFormed(pin)) {
            throw new UserException("operators.pinInvalid", MIN_PIN);
        }
        if (!hasher.verify(pin, o.pinHash())) {
            throw new UserException("operators.wrongPinUncounted");
        }
        return o.toActor();
    }

    /** Writes a sign-in that {@link #signInWithoutWriting} let through: attempts reset, audited. */
    public void recordSignIn(long id) {
        jdbi.useTransaction(h -> recordGood(h, repo.find(h, id).orElseThrow(), null, clock.instant()));
    }

    /** The sign-in written: attempts and lockout reset; {@code rehash} replaces the stored hash when not null. */
    private void recordGood(Handle h, Operator cur, String rehash, Instant at) {
        repo.update(h, new Operator(cur.id(), cur.displayName(), cur.role(), true,
                rehash != null ? rehash : cur.pinHash(), 0, 0, null, at, cur.version()));
        audit.append(h, AuditEvent.byName(cur.displayName(), SIGN_IN).on("operator", cur.id()));
    }

    /** How long the operator stays locked out, if at all. */
    public Optional<Duration> lockoutRemaining(Operator o) {
        Instant now = clock.instant();
        return o.lockedAt(now) ? Optional.of(Duration.between(now, o.lockedUntil())) : Optional.empty();
    }

    /** Records that the desk locked itself (idle) or was locked by hand, naming who was signed in. */
    public void recordDeskLocked(Actor actor, String reason) {
        audit.append(AuditEvent.of(actor, DESK_LOCKED).field("reason").change(null, reason));
    }

    /** 5 min, 10, 20, then 30 for every later round. */
    public static Duration lockoutFor(int round) {
        long minutes = FIRST_LOCKOUT.toMinutes() << Math.min(round, 10);
        return minutes >= MAX_LOCKOUT.toMinutes() ? MAX_LOCKOUT : Duration.ofMinutes(minutes);
    }

    /** PINs are 6–32 digits and not trivially guessable (all one digit, or a straight run). */
    public static void validPin(char[] pin) {
        if (pin == null || pin.length < MIN_PIN || pin.length > MAX_PIN) {
            throw new UserException("operators.pinInvalid", MIN_PIN);
        }
        boolean same = true;
        boolean up = true;
        boolean down = true;
        for (int i = 0; i < pin.length; i++) {
            if (pin[i] < '0' || pin[i] > '9') {
                throw new UserException("operators.pinInvalid", MIN_PIN);
            }
            if (i > 0) {
                same &= pin[i] == pin[i - 1];
                up &= pin[i] == pin[i - 1] + 1;
                down &= pin[i] == pin[i - 1] - 1;
            }
        }
        if (same || up || down) {
            throw new UserException("operators.pinTooSimple");
        }
    }

    private static boolean wellFormed(char[] pin) {
        if (pin == null || pin.length < MIN_PIN || pin.length > MAX_PIN) {
            return false;
        }
        for (char c : pin) {
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String validName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            throw new UserException("operators.nameInvalid", MAX_NAME);
        }
        return clean;
    }

    private void refuse(Operator o, Instant now) {
        audit.append(AuditEvent.byName(o.displayName(), SIGN_IN_REFUSED).on("operator", o.id())
                .field("reason").change(null, !o.active() ? "disabled" : !o.hasPin() ? "no-pin" : "locked-out"));
        throw refusal(o, now);
    }

    /** Why a disabled, PIN-less or locked-out operator may not sign in. */
    private static UserException refusal(Operator o, Instant now) {
        if (!o.active()) {
            return new UserException("operators.disabled", o.displayName());
        }
        if (!o.hasPin()) {
            return new UserException("operators.noPin", o.displayName());
        }
        return lockedOut(o, now);
    }

    private static LockedOutException lockedOut(Operator o, Instant now) {
        long seconds = Math.max(0, Duration.between(now, o.lockedUntil()).getSeconds());
        return new LockedOutException(o.displayName(), (seconds + 59) / 60, o.lockedUntil());
    }

    private void guardLastSupervisor(Operator o) {
        if (o.role() == Role.SUPERVISOR && o.active() && o.hasPin()
                && jdbi.withHandle(repo::countUsableSupervisors) <= 1) {
            throw new UserException("operators.lastSupervisor");
        }
    }

    private <T> void change(Actor actor, long id, UnaryOperator<Operator> edit, String action, String fieldName,
            Function<Operator, T> field, T newValue) {
        jdbi.useTransaction(h -> {
            Operator o = repo.find(h, id).orElseThrow(() -> new UserException("operators.unknown"));
            T old = field.apply(o);
            repo.update(h, edit.apply(o));
            audit.append(h, AuditEvent.of(actor, action).on("operator", id)
                    .field(fieldName).change(old, newValue));
        });
    }

    private static Operator with(Operator o, Role role, boolean active, String hash) {
        return new Operator(o.id(), o.displayName(), role, active, hash, o.failedCount(), o.lockoutRound(),
                o.lockedUntil(), o.lastSignInAt(), o.version());
    }

    private enum Outcome { OK, WRONG, LOCKED, REFUSED }
}
