package org.crisisdesk.checker;

import org.crisisdesk.common.UserException;

/** A rule set was refused; carries the first problem found (the message names rule and example). */
public class RuleException extends UserException {
    private static final long serialVersionUID = 1L;
    private final transient RuleProblem problem;

    public RuleException(RuleProblem problem) {
        super(problem.key(), problem.args().toArray());
        this.problem = problem;
    }

    public RuleProblem problem() {
        return problem;
    }
}
