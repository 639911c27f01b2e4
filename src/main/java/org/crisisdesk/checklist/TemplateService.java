package org.crisisdesk.checklist;

import java.util.List;
import java.util.regex.Pattern;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.AuditEvent;
import org.crisisdesk.common.AuditTrail;
import org.crisisdesk.common.UserException;
import org.crisisdesk.operators.AuditActions;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The editable templates. Running checklists hold their own copy of the steps, so nothing here
 * changes a checklist already running.
 */
public final class TemplateService {
    private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");
    private final Jdbi jdbi;
    private final AuditTrail audit;

    public TemplateService(Jdbi jdbi) {
        this(jdbi, AuditTrail.NONE);
    }

    public TemplateService(Jdbi jdbi, AuditTrail audit) {
        this.audit = audit;
        this.jdbi = jdbi;
    }

    public List<Template> templates() {
        return jdbi.withHandle(h -> h.createQuery("SELECT code, name_zh, name_en FROM checklist_template ORDER BY code DESC")
                .map((rs, ctx) -> new Template(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
                        steps(h, rs.getString("code"))))
                .list());
    }

    public Template template(String code) {
        return templates().stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> new UserException("checklist.templateMissing", code));
    }

    private static List<TemplateStep> steps(Handle h, String code) {
        return h.createQuery("SELECT * FROM checklist_template_step WHERE template_code = :t ORDER BY step_no")
                .bind("t", code)
                .map((rs, ctx) -> new TemplateStep(rs.getString("template_code"), rs.getInt("step_no"),
                        rs.getString("step_key"), rs.getString("title"), rs.getString("lead_departments"),
                        rs.getString("support_departments"), rs.getString("guidance"),
                        Rows.lines(rs.getString("record_fields")),
                        DeadlineRule.of(rs.getString("rule_kind"), Rows.integer(rs, "offset_minutes")),
                        rs.getString("offers_status"), rs.getInt("version")))
                .list();
    }

    /** Saves an edited step (checking its version) or adds a new one ({@link TemplateStep#NEW}). */
    public void saveStep(TemplateStep step, Actor actor) {
        if (actor.role() != Actor.Role.SUPERVISOR) {
            throw new UserException("checklist.supervisorOnly");
        }
        if (step.title() == null || step.title().isBlank()) {
            throw new UserException("checklist.titleMissing");
        }
        if (step.key() == null || !KEY.matcher(step.key()).matches()) {
            throw new UserException("checklist.badKey", String.valueOf(step.key()));
        }
        jdbi.useTransaction(h -> {
            int n;
            if (step.version() == TemplateStep.NEW) {
                n = h.createUpdate("INSERT INTO checklist_template_step (template_code, step_no, step_key, title, "
                                + "lead_departments, support_departments, guidance, record_fields, rule_kind, offset_minutes, "
                                + "offers_status) VALUES (:t, :no, :k, :title, :lead, :sup, :g, :f, :rk, :off, :offer)")
                        .bindMethods(new Binding(step)).execute();
            } else {
                n = h.createUpdate("UPDATE checklist_template_step SET step_no = :no, title = :title, lead_departments = :lead, "
                                + "support_departments = :sup, guidance = :g, record_fields = :f, rule_kind = :rk, "
                                + "offset_minutes = :off, offers_status = :offer, version = version + 1 "
                                + "WHERE template_code = :t AND step_key = :k AND version = :v")
                        .bindMethods(new Binding(step)).bind("v", step.version()).execute();
            }
            if (n != 1) {
                throw new UserException("checklist.changedMeanwhile");
            }
            // guidance and titles are approved wording, not personal data: the key and version suffice
            audit.record(h, AuditEvent.of(actor, AuditActions.TEMPLATE_EDIT).on("checklist_template", step.templateCode())
                    .field(step.key()).change(step.version() == TemplateStep.NEW ? null : step.version(),
                            step.version() == TemplateStep.NEW ? "NEW" : step.version() + 1));
        });
    }

    public void deleteStep(String templateCode, String key, int version, Actor actor) {
        if (actor.role() != Actor.Role.SUPERVISOR) {
            throw new UserException("checklist.supervisorOnly");
        }
        jdbi.useTransaction(h -> {
            int n = h.createUpdate(
                            "DELETE FROM checklist_template_step WHERE template_code = :t AND step_key = :k AND version = :v")
                    .bind("t", templateCode).bind("k", key).bind("v", version).execute();
            if (n != 1) {
                throw new UserException("checklist.changedMeanwhile");
            }
            audit.record(h, AuditEvent.of(actor, AuditActions.TEMPLATE_EDIT).on("checklist_template", templateCode)
                    .field(key).change(version, "DELETED"));
        });
    }

    /** Named parameters for a template step row. */
    public static final class Binding {
        private final TemplateStep s;

        Binding(TemplateStep s) {
            this.s = s;
        }

        public String t() {
            return s.templateCode();
        }

        public int no() {
            return s.stepNo();
        }

        public String k() {
            return s.key();
        }

        public String title() {
            return s.title().strip();
        }

        public String lead() {
            return s.leadDepartments() == null ? "" : s.leadDepartments().strip();
        }

        public String sup() {
            return s.supportDepartments() == null ? "" : s.supportDepartments().strip();
        }

        public String g() {
            return s.guidance();
        }

        public String f() {
            return Rows.joinLines(s.recordFields());
        }

        public String rk() {
            return s.rule().kind().name();
        }

        public Integer off() {
            return s.rule().offsetMinutes();
        }

        public String offer() {
            return s.offersStatus() == null || s.offersStatus().isBlank() ? null : s.offersStatus();
        }
    }
}
