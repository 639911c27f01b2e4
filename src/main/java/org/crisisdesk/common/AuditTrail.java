package org.crisisdesk.common;

import org.jdbi.v3.core.Handle;

/**
 * Where a capability reports its writes for the audit log, inside the write's own transaction so
 * a rolled-back write leaves no entry. Lives in common so drafting, checklist, scripts, checker and
 * settings need not depend on operators (operators reads settings); the app wires in the real log.
 */
@FunctionalInterface
public interface AuditTrail {
    /** For tools and tests that run a service without an audit log. */
    AuditTrail NONE = (h, event) -> {
    };

    void record(Handle h, AuditEvent event);
}
