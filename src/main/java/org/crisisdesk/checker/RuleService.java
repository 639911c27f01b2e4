package org.crisisdesk.checker;

import org.crisisdesk.operators.Permissions;
import org.crisisdesk.operators.Permissions.Action;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.crisisdesk.common.Actor;

/**
 * The rules in use: loads them from the repository, runs every rule's examples before anything is
 * saved or imported, and hands out the compiled checker. A refused edit or import leaves the rules
 * in use as they were. Thread-safe: the current checker is swapped atomically after each change.
 */
public final class RuleService {
    private final RuleRepository repository;
    private final Normalizer normalizer = new Normalizer();
    private final AtomicReference<CompiledChecker> current = new AtomicReference<>();

    public RuleService(RuleRepository repository) {
        this.repository = repository;
    }

    public List<StoredRule> rules() {
        return repository.findAll();
    }

    public Optional<StoredRule> rule(String id) {
        return repository.find(id);
    }

    /** The checker for the stored rules, compiled once and replaced after every change. */
    public CompiledChecker checker() {
        CompiledChecker c = current.get();
        if (c == null) {
            c = CompiledChecker.compile(repository.findAll().stream().map(StoredRule::rule).toList());
            current.compareAndSet(null, c);
        }
        return c;
    }

    /** Runs the examples of the rules as they would be with {@code edited} in place, without saving. */
    public RuleVerification preview(Rule edited, String replacesId) {
        return RuleVerification.run(withEdit(edited, replacesId), normalizer);
    }

    /**
     * Saves a new or edited rule after running all its examples.
     *
     * @param expectedVersion the version read before editing, or null for a new rule
     * @throws RuleException naming the rule and the example that failed; nothing is saved
     */
    public RuleVerification save(Rule edited, Integer expectedVersion, Actor actor) {
        Permissions.require(actor, Action.EDIT_RULES);
        RuleVerification v = preview(edited, expectedVersion == null ? null : edited.id());
        if (!v.ok()) {
            throw new RuleException(v.problems().get(0));
        }
        if (expectedVersion == null) {
            repository.insert(edited, actor);
        } else {
            repository.update(edited, expectedVersion, actor);
        }
        current.set(null);
        return v;
    }

    public void delete(String id, int expectedVersion, Actor actor) {
        Permissions.require(actor, Action.EDIT_RULES);
        repository.delete(id, expectedVersion, actor);
        current.set(null);
    }

    /**
     * Replaces all rules with those of a rules file, all or nothing.
     *
     * @return the number of rules in the file
     * @throws org.crisisdesk.common.UserException for a syntax error or missing field (with line and field)
     *     or a failing rule; the rules in use stay as they were
     */
    public int importRules(Reader file, boolean dryRun, Actor actor) {
        if (!dryRun) {
            Permissions.require(actor, Action.EDIT_RULES);
        }
        List<Rule> rules = RulesJson.read(file);
        CompiledChecker compiled = CompiledChecker.compile(rules);
        if (!dryRun) {
            repository.replaceAll(rules, actor);
            current.set(compiled);
        }
        return rules.size();
    }

    public String exportJson() {
        return RulesJson.write(repository.findAll().stream().map(StoredRule::rule).toList());
    }

    private List<Rule> withEdit(Rule edited, String replacesId) {
        List<Rule> rules = new ArrayList<>();
        for (StoredRule s : repository.findAll()) {
            if (!s.id().equals(replacesId)) {
                rules.add(s.rule());
            }
        }
        rules.add(edited);
        return rules;
    }
}
