package org.crisisdesk.bench;

import java.util.List;
import org.crisisdesk.checker.CompiledChecker;
import org.crisisdesk.checker.DefaultRules;
import org.crisisdesk.checker.Hit;
import org.crisisdesk.checker.PhraseChecker;

/** The real default rules behind a no-argument constructor, for {@code -Dbench.checker=} in the editor benchmark. */
public final class DefaultRulesChecker implements PhraseChecker {
    private final CompiledChecker checker = DefaultRules.checker();

    @Override
    public List<Hit> check(CharSequence text) {
        return checker.check(text);
    }
}
