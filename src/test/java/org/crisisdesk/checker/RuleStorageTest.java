package org.crisisdesk.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.UserException;
import org.crisisdesk.store.Database;
import org.crisisdesk.store.DatabaseConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleStorageTest {
    @TempDir
    Path dir;
    private Database db;
    private RuleService service;
    private final Actor actor = new Actor("王主管", Actor.Role.SUPERVISOR);
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-15T08:00:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void open() {
        db = Database.open(DatabaseConfig.h2(dir));
        service = new RuleService(new RuleRepository(db.jdbi(), clock));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void migrationSeedsTheDefaultRules() {
        assertEquals(DefaultRules.rules(), service.rules().stream().map(StoredRule::rule).toList());
        assertFalse(service.checker().check("这是私单，退不了").isEmpty());
    }

    @Test
    void exportImportRoundTripKeepsEveryRule() {
        String exported = service.exportJson();
        assertEquals(DefaultRules.rules(), RulesJson.read(exported));
        assertEquals(DefaultRules.rules().size(), service.importRules(new StringReader(exported), false, actor));
        assertEquals(DefaultRules.rules(), service.rules().stream().map(StoredRule::rule).toList());
        assertEquals(exported, service.exportJson());
    }

    @Test
    void editedRuleSurvivesReopeningTheFile() {
        StoredRule stored = service.rule("k3-private-order-label").orElseThrow();
        Rule edited = new Rule(stored.id(), "3", Severity.BLOCK, stored.rule().reason(), stored.rule().suggestions(),
                stored.rule().patterns(), stored.rule().exceptions(), stored.rule().mustFlag(), stored.rule().mustNotFlag());
        service.save(edited, stored.version(), actor);
        db.close();
        db = Database.open(DatabaseConfig.h2(dir));
        RuleService reopened = new RuleService(new RuleRepository(db.jdbi(), clock));
        StoredRule again = reopened.rule("k3-private-order-label").orElseThrow();
        assertEquals(Severity.BLOCK, again.rule().severity());
        assertEquals(stored.version() + 1, again.version());
        assertEquals("王主管", again.updatedBy());
        assertEquals(clock.instant(), again.updatedAt());
    }

    @Test
    void staleVersionIsRefused() {
        StoredRule stored = service.rule("k5-no-comment").orElseThrow();
        service.save(stored.rule(), stored.version(), actor);
        UserException e = assertThrows(UserException.class, () -> service.save(stored.rule(), stored.version(), actor));
        assertEquals("checker.rule.conflict", e.key());
    }

    @Test
    void ruleWithFailingExampleIsRefusedAndNothingChanges() {
        StoredRule stored = service.rule("k1-personal-view").orElseThrow();
        List<String> flag = new ArrayList<>(stored.rule().mustFlag());
        flag.add("您认为呢");
        Rule bad = new Rule(stored.id(), "1", Severity.BLOCK, "r", List.of("s"), stored.rule().patterns(), List.of(),
                flag, List.of());
        RuleException e = assertThrows(RuleException.class, () -> service.save(bad, stored.version(), actor));
        assertEquals("checker.rule.exampleMissed", e.key());
        assertEquals(List.of("k1-personal-view", "您认为呢"), List.of(e.args()));
        assertEquals(stored, service.rule("k1-personal-view").orElseThrow());
    }

    @Test
    void newRuleIsAddedAndUsed() {
        Rule rule = new Rule("custom-no-way", "custom", Severity.WARN, "太生硬", List.of("我们来想办法"),
                List.of(RulePattern.literal("门都没有")), List.of(), List.of("退款？门都没有"), List.of("门没有锁"));
        service.save(rule, null, actor);
        assertTrue(service.checker().check("门 都 没 有").stream().anyMatch(h -> h.ruleId().equals("custom-no-way")));
        assertEquals("checker.rule.duplicateId",
                assertThrows(UserException.class, () -> service.save(rule, null, actor)).key());
    }

    @Test
    void brokenImportChangesNothingAndNamesLineAndField() {
        List<Rule> before = service.rules().stream().map(StoredRule::rule).toList();
        String missingField = """
                {"format": "crisis-desk-rules", "version": 1, "rules": [
                  {"id": "a", "kind": "1", "severity": "WARN", "reason": "r", "suggestions": ["s"],
                   "patterns": [{"literal": "私单"}], "mustFlag": ["私单"]},
                  {"id": "b", "kind": "1", "severity": "WARN", "reason": "r",
                   "patterns": [{"literal": "公单"}], "mustFlag": ["公单"]}
                ]}
                """;
        UserException e = assertThrows(UserException.class,
                () -> service.importRules(new StringReader(missingField), false, actor));
        assertEquals("checker.file.missingField", e.key());
        assertEquals(List.of("4", "suggestions"), List.of(e.args()));
        UserException syntax = assertThrows(UserException.class,
                () -> service.importRules(new StringReader("{\"rules\": [\n{\"id\": \"a\",,}]}"), false, actor));
        assertEquals("checker.file.syntax", syntax.key());
        assertEquals("2", syntax.args()[0]);
        String failingExample = missingField.replace("\"mustFlag\": [\"公单\"]", "\"mustFlag\": [\"私单\"]")
                .replace("\"reason\": \"r\",\n", "\"reason\": \"r\", \"suggestions\": [\"s\"],\n");
        RuleException re = assertThrows(RuleException.class,
                () -> service.importRules(new StringReader(failingExample), false, actor));
        assertEquals("b", re.args()[0]);
        assertEquals(before, service.rules().stream().map(StoredRule::rule).toList());
    }

    @Test
    void dryRunWritesNothing() {
        String one = RulesJson.write(List.of(DefaultRules.rules().get(0)));
        assertEquals(1, service.importRules(new StringReader(one), true, actor));
        assertEquals(DefaultRules.rules().size(), service.rules().size());
    }
}
