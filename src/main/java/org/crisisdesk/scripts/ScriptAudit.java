package org.crisisdesk.scripts;

import java.util.Objects;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.AuditEvent;
import org.crisisdesk.common.AuditTrail;
import org.jdbi.v3.core.Handle;

/**
 * A script write as audit entries: its state as it is (DRAFT, APPROVED, RETIRED) and, when the
 * text changed, a SHA-256 digest of the body. Bodies are approved wording with no case to key a
 * digest, so a plain digest tells versions apart without copying the text into the log.
 */
final class ScriptAudit {
    private final AuditTrail trail;

    ScriptAudit(AuditTrail trail) {
        this.trail = Objects.requireNonNull(trail);
    }

    void record(Handle h, Actor actor, String action, Script before, Script after) {
        AuditEvent e = AuditEvent.of(actor, action).on("script", after.code());
        trail.record(h, e.field("state").change(before == null ? null : before.state(), after.state()));
        String oldBody = before == null ? null : before.body();
        if (!after.body().equals(oldBody)) {
            trail.record(h, e.field("body").digestChange(oldBody, after.body()));
        }
    }
}
