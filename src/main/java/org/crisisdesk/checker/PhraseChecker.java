package org.crisisdesk.checker;

import java.util.List;

/** Finds banned wording in a text. Implementations are immutable and safe to share between threads. */
public interface PhraseChecker {
    /** Every hit in the text, ordered by start offset. */
    List<Hit> check(CharSequence text);
}
