package org.crisisdesk.ui.settings.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.crisisdesk.checker.DefaultRules;
import org.crisisdesk.checker.RulePattern;
import org.crisisdesk.checker.RuleRepository;
import org.crisisdesk.checker.RuleService;
import org.crisisdesk.checker.Severity;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Messages;
import org.crisisdesk.store.Database;
import org.crisisdesk.store.DatabaseConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesViewModelTest {
    @TempDir
    Path dir;
    private Database db;
    private RuleService service;
    private RulesViewModel model;

    @BeforeEach
    void open() {
        db = Database.open(DatabaseConfig.h2(dir));
        service = new RuleService(new RuleRepository(db.jdbi(), Clock.systemUTC()));
        model = new RulesViewModel(service, Runnable::run, Runnable::run, new Messages(Locale.SIMPLIFIED_CHINESE),
                () -> new Actor("王主管", Actor.Role.SUPERVISOR));
        model.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void listsEveryRule() {
        assertEquals(DefaultRules.rules().size(), model.rules().size());
        assertEquals("k1-personal-view", model.rules().get(0).id());
    }

    @Test
    void selectingShowsTheRuleAndSavingUnchangedPassesEveryExample() {
        model.select("k2-merchant-gone");
        assertTrue(model.editingExistingProperty().get());
        assertTrue(model.patternsProperty().get().contains("商户|商家"));
        assertTrue(model.patternsProperty().get().contains(" @8"));
        assertEquals(DefaultRules.rules().get(2), model.toRule());
        model.save();
        assertFalse(model.refusedProperty().get(), model.statusProperty().get());
        assertTrue(model.statusProperty().get().contains("k2-merchant-gone"));
        assertTrue(model.examples().stream().allMatch(RulesViewModel.ExampleRow::passed));
        assertEquals(6, model.examples().size());
    }

    @Test
    void failingExampleIsRefusedWithRuleAndExampleAndNothingIsSaved() {
        model.select("k1-personal-view");
        model.mustFlagProperty().set(model.mustFlagProperty().get() + "\n您认为呢");
        model.save();
        assertTrue(model.refusedProperty().get());
        String status = model.statusProperty().get();
        assertTrue(status.contains("k1-personal-view") && status.contains("您认为呢"), status);
        assertEquals(1, model.examples().stream().filter(x -> !x.passed()).count());
        assertFalse(service.rule("k1-personal-view").orElseThrow().rule().mustFlag().contains("您认为呢"));
    }

    @Test
    void emptyPatternIsRefused() {
        model.startNew();
        model.idProperty().set("x-empty");
        model.kindProperty().set("custom");
        model.reasonProperty().set("r");
        model.suggestionsProperty().set("s");
        model.patternsProperty().set("…… | *");
        model.mustFlagProperty().set("随便");
        model.save();
        assertTrue(model.refusedProperty().get());
        assertTrue(model.statusProperty().get().contains("x-empty"));
    }

    @Test
    void newRuleIsSavedAndListed() {
        model.startNew();
        model.idProperty().set("x-door");
        model.kindProperty().set("custom");
        model.severityProperty().set(Severity.BLOCK);
        model.reasonProperty().set("太生硬");
        model.suggestionsProperty().set("我们来想办法");
        model.patternsProperty().set("门都没有|没门儿\n退款 … 休想 @4");
        model.mustFlagProperty().set("退款？门都没有\n退款你就休想了");
        model.mustNotFlagProperty().set("门没有锁");
        model.save();
        assertFalse(model.refusedProperty().get(), model.statusProperty().get());
        assertTrue(model.rules().stream().anyMatch(r -> r.id().equals("x-door")));
        assertEquals(List.of(RulePattern.anyOf("门都没有", "没门儿"),
                RulePattern.parts(4, List.of(List.of("退款"), List.of("休想")))),
                service.rule("x-door").orElseThrow().rule().patterns());
    }

    @Test
    void patternTextRoundTrips() {
        for (var rule : DefaultRules.rules()) {
            assertEquals(rule.patterns(), PatternText.parse(PatternText.format(rule.patterns())));
            assertEquals(rule.exceptions(), PatternText.parse(PatternText.format(rule.exceptions())));
        }
        List<RulePattern> p = PatternText.parse("开玩笑 @句");
        assertEquals(RulePattern.Scope.SENTENCE, p.get(0).scope());
    }
}
