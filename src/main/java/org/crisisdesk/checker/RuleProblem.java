package org.crisisdesk.checker;

import java.util.List;
import org.crisisdesk.common.UserException;

/**
 * Why a rule was refused, as a message key of the {@code checker} bundle and its arguments; the
 * first argument is always the rule id so that every message names the rule.
 */
public record RuleProblem(String ruleId, String key, List<Object> args) {
    public RuleProblem {
        args = List.copyOf(args);
    }

    static RuleProblem of(String ruleId, String key, Object... more) {
        Object[] all = new Object[more.length + 1];
        all[0] = ruleId == null ? "" : ruleId;
        System.arraycopy(more, 0, all, 1, more.length);
        return new RuleProblem(ruleId, key, List.of(all));
    }

    public UserException toException() {
        return new RuleException(this);
    }
}
