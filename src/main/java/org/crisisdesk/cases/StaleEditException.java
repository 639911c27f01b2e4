package org.crisisdesk.cases;

import org.crisisdesk.common.UserException;

/** A save based on an out-of-date copy: someone else changed the record meanwhile. Never overwritten silently. */
public final class StaleEditException extends UserException {
    private static final long serialVersionUID = 1L;

    public StaleEditException(String caseNo) {
        super("case.stale", caseNo);
    }
}
