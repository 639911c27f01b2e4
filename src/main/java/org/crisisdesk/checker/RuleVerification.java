package org.crisisdesk.checker;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a rule set before it is used: every rule well formed (no empty pattern, nothing that
 * would match at every position) and every rule's own examples passing — each must-flag sentence
 * flagged by that rule, each must-not-flag sentence left alone by it.
 *
 * @param checker the compiled rules (usable for previews even when there are problems)
 * @param examples the outcome of every example, for the Rules view
 */
public record RuleVerification(CompiledChecker checker, List<RuleProblem> problems, List<ExampleResult> examples) {
    /** One example of one rule and whether it behaved as the rule says. */
    public record ExampleResult(String ruleId, String text, boolean mustFlag, boolean passed) {
    }

    public RuleVerification {
        problems = List.copyOf(problems);
        examples = List.copyOf(examples);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public static RuleVerification run(List<Rule> rules, Normalizer normalizer) {
        List<RuleProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<Rule> wellFormed = new ArrayList<>();
        for (Rule rule : rules) {
            List<RuleProblem> own = structure(rule, normalizer);
            if (!rule.id().isBlank() && !ids.add(rule.id())) {
                own.add(RuleProblem.of(rule.id(), "checker.rule.duplicateId"));
            }
            problems.addAll(own);
            if (own.isEmpty()) {
                wellFormed.add(rule);
            }
        }
        CompiledChecker checker = CompiledChecker.compileUnchecked(wellFormed, normalizer);
        List<ExampleResult> results = new ArrayList<>();
        for (Rule rule : wellFormed) {
            for (String example : rule.mustFlag()) {
                boolean passed = flags(checker, rule.id(), example);
                results.add(new ExampleResult(rule.id(), example, true, passed));
                if (!passed) {
                    problems.add(RuleProblem.of(rule.id(), "checker.rule.exampleMissed", example));
                }
            }
            for (String example : rule.mustNotFlag()) {
                boolean passed = !flags(checker, rule.id(), example);
                results.add(new ExampleResult(rule.id(), example, false, passed));
                if (!passed) {
                    problems.add(RuleProblem.of(rule.id(), "checker.rule.exampleWronglyFlagged", example));
                }
            }
        }
        return new RuleVerification(checker, problems, results);
    }

    private static boolean flags(CompiledChecker checker, String ruleId, String text) {
        return checker.check(text).stream().anyMatch(h -> h.ruleId().equals(ruleId));
    }

    private static List<RuleProblem> structure(Rule rule, Normalizer normalizer) {
        List<RuleProblem> problems = new ArrayList<>();
        String id = rule.id();
        if (id.isBlank()) {
            problems.add(RuleProblem.of(id, "checker.rule.missingField", "id"));
            return problems;
        }
        if (!id.matches("[A-Za-z0-9._-]{1,80}")) {
            problems.add(RuleProblem.of(id, "checker.rule.badId"));
        }
        if (rule.kind().isBlank()) {
            problems.add(RuleProblem.of(id, "checker.rule.missingField", "kind"));
        }
        if (rule.reason().isBlank()) {
            problems.add(RuleProblem.of(id, "checker.rule.missingField", "reason"));
        }
        if (rule.suggestions().isEmpty() || rule.suggestions().stream().anyMatch(String::isBlank)) {
            problems.add(RuleProblem.of(id, "checker.rule.missingField", "suggestions"));
        }
        if (rule.patterns().isEmpty()) {
            problems.add(RuleProblem.of(id, "checker.rule.missingField", "patterns"));
        }
        if (rule.mustFlag().isEmpty()) {
            problems.add(RuleProblem.of(id, "checker.rule.missingField", "mustFlag"));
        }
        List<RulePattern> all = new ArrayList<>(rule.patterns());
        all.addAll(rule.exceptions());
        for (RulePattern p : all) {
            if (p.parts().isEmpty()) {
                problems.add(RuleProblem.of(id, "checker.rule.emptyPattern", ""));
            }
            if (p.maxGap() < 0 || p.maxGap() > RulePattern.MAX_GAP) {
                problems.add(RuleProblem.of(id, "checker.rule.badGap", p.maxGap(), RulePattern.MAX_GAP));
            }
            for (List<String> part : p.parts()) {
                if (part.isEmpty()) {
                    problems.add(RuleProblem.of(id, "checker.rule.emptyPattern", ""));
                }
                for (String word : part) {
                    if (word == null || normalizer.normalizeTerm(word).isEmpty()) {
                        // nothing left after normalisation: it would match at every position
                        problems.add(RuleProblem.of(id, "checker.rule.emptyPattern", String.valueOf(word)));
                    }
                }
            }
        }
        return problems;
    }
}
