package org.crisisdesk.operators;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Actor.Role;
import org.crisisdesk.common.UserException;
import org.crisisdesk.store.Database;
import org.crisisdesk.store.DatabaseConfig;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OperatorServiceTest {
    static final char[] PIN = "246810".toCharArray();
    static final char[] WRONG = "135790".toCharArray();
    @TempDir
    Path dir;
    Fixture f;
    OperatorService ops;
    Actor boss;

    @BeforeEach
    void open() {
        f = new Fixture(dir);
        ops = f.operators;
    }

    @AfterEach
    void close() {
        f.close();
    }

    private Operator staff(String name) {
        return ops.create(boss, name, Role.STAFF, PIN);
    }

    private void setUp() {
        boss = ops.createFirstSupervisor("王主管", PIN);
    }

    @Test
    void firstRunCreatesTheFirstSupervisorOnce() {
        assertTrue(ops.isFirstRun());
        assertTrue(ops.activeOperators().isEmpty(), "no default account");
        setUp();
        assertEquals(new Actor("王主管", Role.SUPERVISOR), boss);
        assertFalse(ops.isFirstRun());
        UserException e = assertThrows(UserException.class, () -> ops.createFirstSupervisor("冒充者", PIN));
        assertEquals("operators.alreadySetUp", e.key());
        assertEquals(AuditActions.FIRST_SUPERVISOR, f.audit.find(boss, AuditQuery.all(5)).get(0).action());
    }

    @Test
    void pinRules() {
        assertEquals("operators.pinInvalid",
                assertThrows(UserException.class, () -> ops.createFirstSupervisor("王", "12345".toCharArray())).key());
        assertEquals("operators.pinInvalid",
                assertThrows(UserException.class, () -> ops.createFirstSupervisor("王", "12a456".toCharArray())).key());
        assertEquals("operators.pinTooSimple",
                assertThrows(UserException.class, () -> ops.createFirstSupervisor("王", "123456".toCharArray())).key());
        assertEquals("operators.pinTooSimple",
                assertThrows(UserException.class, () -> ops.createFirstSupervisor("王", "000000".toCharArray())).key());
    }

    @Test
    void pinIsStoredAsSaltedPbkdf2() {
        setUp();
        Operator a = staff("甲");
        Operator b = staff("乙");
        assertTrue(a.pinHash().startsWith("pbkdf2-sha256$1000$"));
        assertNotEquals(a.pinHash(), b.pinHash(), "salted");
        assertFalse(a.pinHash().contains("246810"));
        assertEquals(600_000, new PinHasher().iterations());
    }

    @Test
    void signInWithRightPinReturnsTheOperatorsRole() {
        setUp();
        Operator li = staff("小李");
        assertEquals(new Actor("小李", Role.STAFF), ops.signIn(li.id(), PIN));
        List<AuditRecord> log = f.audit.find(boss, AuditQuery.all(1));
        assertEquals(AuditActions.SIGN_IN, log.get(0).action());
        assertEquals("小李", log.get(0).operator());
    }

    @Test
    void withoutWritingThePinIsCheckedAndNothingIsRecordedUntilAsked() {
        setUp();
        Operator li = staff("小李");
        long head = f.audit.head().seq();
        assertEquals(new Actor("小李", Role.STAFF), ops.signInWithoutWriting(li, PIN.clone()));
        assertEquals("operators.wrongPinUncounted",
                assertThrows(UserException.class, () -> ops.signInWithoutWriting(li, WRONG.clone())).key());
        assertEquals(head, f.audit.head().seq(), "nothing written");
        assertEquals(0, ops.find(li.id()).orElseThrow().failedCount(), "the wrong PIN is not counted");

        ops.recordSignIn(li.id());
        assertEquals(AuditActions.SIGN_IN, f.audit.find(boss, AuditQuery.all(1)).get(0).action());

        for (int i = 0; i < 5; i++) {
            assertThrows(UserException.class, () -> ops.signIn(li.id(), WRONG));
        }
        Operator locked = ops.find(li.id()).orElseThrow();
        assertThrows(LockedOutException.class, () -> ops.signInWithoutWriting(locked, PIN.clone()),
                "a lockout holds without writing too");
    }

    @Test
    void lockoutDoublesEachRoundCapsAtThirtyMinutesAndResetsOnSuccess() {
        setUp();
        Operator li = staff("小李");
        long[] expectedMinutes = {5, 10, 20, 30, 30};
        for (long minutes : expectedMinutes) {
            for (int i = 1; i <= 4; i++) {
                UserException e = assertThrows(UserException.class, () -> ops.signIn(li.id(), WRONG));
                assertEquals("operators.wrongPin", e.key());
                assertEquals(5 - i, e.args()[0]);
            }
            LockedOutException locked = assertThrows(LockedOutException.class, () -> ops.signIn(li.id(), WRONG));
            assertEquals(minutes, locked.args()[1]);
            assertEquals(f.clock.instant().plus(Duration.ofMinutes(minutes)), locked.until());
            // even the right PIN is refused while locked out
            f.clock.advance(Duration.ofMinutes(minutes).minusSeconds(1));
            assertThrows(LockedOutException.class, () -> ops.signIn(li.id(), PIN));
            assertEquals(Duration.ofSeconds(1), ops.lockoutRemaining(ops.find(li.id()).orElseThrow()).orElseThrow());
            f.clock.advance(Duration.ofSeconds(1));
            assertTrue(ops.lockoutRemaining(ops.find(li.id()).orElseThrow()).isEmpty());
        }
        assertEquals(new Actor("小李", Role.STAFF), ops.signIn(li.id(), PIN));
        for (int i = 0; i < 5; i++) {
            assertThrows(UserException.class, () -> ops.signIn(li.id(), WRONG));
        }
        assertEquals(Duration.ofMinutes(5), ops.lockoutRemaining(ops.find(li.id()).orElseThrow()).orElseThrow(),
                "a good sign-in starts the doubling again");
    }

    @Test
    void everyAttemptIsAudited() {
        setUp();
        Operator li = staff("小李");
        long before = f.audit.head().seq();
        for (int i = 0; i < 5; i++) {
            assertThrows(UserException.class, () -> ops.signIn(li.id(), WRONG));
        }
        assertThrows(LockedOutException.class, () -> ops.signIn(li.id(), PIN));
        List<String> actions = f.audit.find(boss, AuditQuery.all(6)).stream().map(AuditRecord::action).toList();
        assertEquals(List.of("SIGN_IN_REFUSED", "SIGN_IN_LOCKED_OUT", "SIGN_IN_FAILED", "SIGN_IN_FAILED",
                "SIGN_IN_FAILED", "SIGN_IN_FAILED"), actions);
        assertEquals(before + 6, f.audit.head().seq());
        assertTrue(f.audit.verify().ok());
    }

    @Test
    void supervisorLiftsALockout() {
        setUp();
        Operator li = staff("小李");
        for (int i = 0; i < 5; i++) {
            assertThrows(UserException.class, () -> ops.signIn(li.id(), WRONG));
        }
        Actor staff = ops.signIn(staff("小张").id(), PIN);
        assertEquals("permission.denied", assertThrows(UserException.class, () -> ops.liftLockout(staff, li.id())).key());
        ops.liftLockout(boss, li.id());
        assertEquals(Role.STAFF, ops.signIn(li.id(), PIN).role());
    }

    @Test
    void onlySupervisorsManageOperators() {
        setUp();
        Operator li = staff("小李");
        Actor staff = ops.signIn(li.id(), PIN);
        Actor viewer = new Actor("访客", Role.VIEWER);
        for (Actor a : List.of(staff, viewer)) {
            assertThrows(UserException.class, () -> ops.create(a, "新人", Role.STAFF, PIN));
            assertThrows(UserException.class, () -> ops.setActive(a, li.id(), false));
            assertThrows(UserException.class, () -> ops.setPin(a, li.id(), PIN));
            assertThrows(UserException.class, () -> ops.changeRole(a, li.id(), Role.SUPERVISOR));
            assertThrows(UserException.class, () -> ops.allOperators(a));
        }
        assertEquals("operators.nameTaken", assertThrows(UserException.class, () -> staff("小李")).key());
    }

    @Test
    void disabledOperatorsCannotSignInAndTheLastSupervisorStays() {
        setUp();
        Operator li = staff("小李");
        ops.setActive(boss, li.id(), false);
        assertEquals("operators.disabled", assertThrows(UserException.class, () -> ops.signIn(li.id(), PIN)).key());
        assertFalse(ops.activeOperators().stream().anyMatch(o -> o.id() == li.id()));
        long bossId = ops.findByName("王主管").orElseThrow().id();
        assertEquals("operators.lastSupervisor",
                assertThrows(UserException.class, () -> ops.setActive(boss, bossId, false)).key());
        assertEquals("operators.lastSupervisor",
                assertThrows(UserException.class, () -> ops.changeRole(boss, bossId, Role.STAFF)).key());
    }

    @Test
    void ownPinChangeNeedsTheOldPin() {
        setUp();
        Operator li = staff("小李");
        assertThrows(UserException.class, () -> ops.changeOwnPin(li.id(), WRONG, "975310".toCharArray()));
        ops.changeOwnPin(li.id(), PIN, "975310".toCharArray());
        assertEquals("小李", ops.signIn(li.id(), "975310".toCharArray()).name());
    }

    @Test
    void actingPersonsMigrateToOperatorsWithoutPins(@TempDir Path other) {
        // a database that stopped at V1 with acting persons, then migrated
        DatabaseConfig cfg3 = DatabaseConfig.h2(other);
        Flyway v1 = Flyway.configure().dataSource(cfg3.url(), cfg3.user(), cfg3.password())
                .locations("classpath:db/migration").target("1").load();
        v1.migrate();
        Jdbi.create(cfg3.url(), cfg3.user(), cfg3.password()).useHandle(h -> h.execute(
                "INSERT INTO ref_item (kind, code, label_zh, label_en) VALUES ('ACTOR', 'A1', '李经理', 'Li'), "
                        + "('ACTOR', 'A2', '赵客服', 'Zhao'), ('ACTOR', 'A3', '李经理', 'Li again'), "
                        + "('CHANNEL', 'TEST_CHANNEL', '测试渠道', 'Test channel')"));
        try (Database db = Database.open(cfg3)) {
            AuditLog audit = new AuditLog(db.jdbi(), f.clock);
            OperatorService s = new OperatorService(db.jdbi(), audit, new PinHasher(1_000), f.clock);
            List<Operator> migrated = s.activeOperators();
            assertEquals(List.of("李经理", "赵客服"), migrated.stream().map(Operator::displayName).sorted().toList());
            assertTrue(migrated.stream().allMatch(o -> o.role() == Role.STAFF && !o.hasPin()));
            assertTrue(s.isFirstRun(), "still needs a supervisor");
            assertEquals("operators.noPin",
                    assertThrows(UserException.class, () -> s.signIn(migrated.get(0).id(), PIN)).key());
            Actor sup = s.createFirstSupervisor("李经理", PIN);
            assertEquals(Role.SUPERVISOR, sup.role());
            Operator zhao = s.findByName("赵客服").orElseThrow();
            s.setPin(sup, zhao.id(), "975310".toCharArray());
            assertEquals("赵客服", s.signIn(zhao.id(), "975310".toCharArray()).name());
        }
    }
}
