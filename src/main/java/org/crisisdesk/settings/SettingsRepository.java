package org.crisisdesk.settings;

import java.util.List;
import java.util.Optional;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.AuditEvent;
import org.crisisdesk.common.AuditTrail;
import org.crisisdesk.common.UserException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Settings and reference data: company name, stores, editable lists, escalation routes and rules,
 * the contact directory and special periods. Updates check the row version, so two desks editing
 * the same entry never overwrite each other silently. Every write names its actor and reports to
 * the {@link AuditTrail} in its transaction; directory contacts (names, phones) only as "changed".
 */
public final class SettingsRepository {
    public static final String COMPANY_NAME = "company.name";
    /**
     * The audit action of every settings write; the same name as operators.AuditActions.SETTING_CHANGE,
     * written here because settings cannot see operators (operators reads settings).
     */
    public static final String AUDIT_ACTION = "SETTING_CHANGE";

    private final Jdbi jdbi;
    private final AuditTrail audit;

    /** For reading, and for writes nobody needs audited (tests, tools). */
    public SettingsRepository(Jdbi jdbi) {
        this(jdbi, AuditTrail.NONE);
    }

    public SettingsRepository(Jdbi jdbi, AuditTrail audit) {
        this.jdbi = jdbi;
        this.audit = audit;
    }

    /** A row's new values (reference data, not personal): before is the version it replaced, or null when new. */
    private void recordRow(Handle h, Actor actor, String entity, Object id, Integer oldVersion, String after) {
        audit.record(h, AuditEvent.of(actor, AUDIT_ACTION).on(entity, id).field("row")
                .change(oldVersion == null ? null : "v" + oldVersion, after));
    }

    public Optional<String> setting(String key) {
        return jdbi.withHandle(h -> h.createQuery("SELECT setting_value FROM app_setting WHERE setting_key = :k")
                .bind("k", key).mapTo(String.class).findOne());
    }

    public String companyName() {
        return setting(COMPANY_NAME).orElse("");
    }

    public void putSetting(String key, String value, Actor actor) {
        jdbi.useTransaction(h -> {
            String before = h.createQuery("SELECT setting_value FROM app_setting WHERE setting_key = :k")
                    .bind("k", key).mapTo(String.class).findOne().orElse(null);
            audit.record(h, AuditEvent.of(actor, AUDIT_ACTION).on("app_setting", key).field(key).change(before, value));
            int n = h.createUpdate("UPDATE app_setting SET setting_value = :v WHERE setting_key = :k")
                    .bind("k", key).bind("v", value).execute();
            if (n == 0) {
                h.createUpdate("INSERT INTO app_setting (setting_key, setting_value) VALUES (:k, :v)")
                        .bind("k", key).bind("v", value).execute();
            }
        });
    }

    public List<Store> stores() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM store ORDER BY sort_order, code")
                .map((rs, c) -> new Store(rs.getString("code"), rs.getString("name"), rs.getString("region"),
                        rs.getBoolean("active"), rs.getInt("sort_order"), rs.getInt("version"))).list());
    }

    public void saveStore(Store s, boolean isNew, Actor actor) {
        jdbi.useTransaction(h -> {
            recordRow(h, actor, "store", s.code(), isNew ? null : s.version(),
                    s.name() + " / " + s.region() + " / " + (s.active() ? "active" : "inactive") + " / " + s.sortOrder());
            if (isNew) {
                h.createUpdate("""
                                INSERT INTO store (code, name, region, active, sort_order)
                                VALUES (:code, :name, :region, :active, :sort)""")
                        .bind("code", s.code()).bind("name", s.name()).bind("region", s.region())
                        .bind("active", s.active()).bind("sort", s.sortOrder()).execute();
            } else {
                checked(h.createUpdate("""
                                UPDATE store SET name = :name, region = :region, active = :active, sort_order = :sort,
                                version = version + 1 WHERE code = :code AND version = :version""")
                        .bind("code", s.code()).bind("name", s.name()).bind("region", s.region())
                        .bind("active", s.active()).bind("sort", s.sortOrder()).bind("version", s.version())
                        .execute(), s.code());
            }
        });
    }

    public List<RefItem> items(String kind) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM ref_item WHERE kind = :kind ORDER BY sort_order, code")
                .bind("kind", kind)
                .map((rs, c) -> new RefItem(rs.getString("kind"), rs.getString("code"), rs.getString("label_zh"),
                        rs.getString("label_en"), rs.getInt("sort_order"), rs.getBoolean("active"),
                        rs.getInt("version"))).list());
    }

    public void saveItem(RefItem i, boolean isNew, Actor actor) {
        jdbi.useTransaction(h -> {
            recordRow(h, actor, "ref_item", i.kind() + ":" + i.code(), isNew ? null : i.version(),
                    i.labelZh() + " / " + i.labelEn() + " / " + (i.active() ? "active" : "inactive") + " / " + i.sortOrder());
            if (isNew) {
                h.createUpdate("""
                                INSERT INTO ref_item (kind, code, label_zh, label_en, sort_order, active)
                                VALUES (:kind, :code, :zh, :en, :sort, :active)""")
                        .bind("kind", i.kind()).bind("code", i.code()).bind("zh", i.labelZh()).bind("en", i.labelEn())
                        .bind("sort", i.sortOrder()).bind("active", i.active()).execute();
            } else {
                checked(h.createUpdate("""
                                UPDATE ref_item SET label_zh = :zh, label_en = :en, sort_order = :sort, active = :active,
                                version = version + 1 WHERE kind = :kind AND code = :code AND version = :version""")
                        .bind("kind", i.kind()).bind("code", i.code()).bind("zh", i.labelZh()).bind("en", i.labelEn())
                        .bind("sort", i.sortOrder()).bind("active", i.active()).bind("version", i.version())
                        .execute(), i.code());
            }
        });
    }

    public List<EscalationRoute> routes() {
        return jdbi.withHandle(SettingsRepository::routes);
    }

    public static List<EscalationRoute> routes(Handle h) {
        return h.createQuery("SELECT * FROM escalation_route ORDER BY route_level DESC, code")
                .map((rs, c) -> new EscalationRoute(rs.getString("code"), rs.getString("name_zh"),
                        rs.getString("name_en"), rs.getInt("route_level"), rs.getString("departments"),
                        rs.getInt("version"))).list();
    }

    public void saveRoute(EscalationRoute r, Actor actor) {
        jdbi.useTransaction(h -> {
            checked(h.createUpdate("""
                            UPDATE escalation_route SET name_zh = :zh, name_en = :en, route_level = :level,
                            departments = :deps, version = version + 1 WHERE code = :code AND version = :version""")
                    .bind("code", r.code()).bind("zh", r.nameZh()).bind("en", r.nameEn()).bind("level", r.level())
                    .bind("deps", r.departments()).bind("version", r.version()).execute(), r.code());
            recordRow(h, actor, "escalation_route", r.code(), r.version(),
                    r.nameZh() + " / " + r.level() + " / " + r.departments());
        });
    }

    public List<EscalationRule> rules() {
        return jdbi.withHandle(SettingsRepository::rules);
    }

    public static List<EscalationRule> rules(Handle h) {
        return h.createQuery("SELECT * FROM escalation_rule ORDER BY basis, value_code")
                .map((rs, c) -> new EscalationRule(rs.getString("basis"), rs.getString("value_code"),
                        rs.getString("route_code"), rs.getInt("version"))).list();
    }

    public void saveRule(EscalationRule r, Actor actor) {
        jdbi.useTransaction(h -> {
            checked(h.createUpdate("""
                            UPDATE escalation_rule SET route_code = :route, version = version + 1
                            WHERE basis = :basis AND value_code = :value AND version = :version""")
                    .bind("basis", r.basis()).bind("value", r.valueCode()).bind("route", r.routeCode())
                    .bind("version", r.version()).execute(), r.valueCode());
            recordRow(h, actor, "escalation_rule", r.basis() + ":" + r.valueCode(), r.version(), r.routeCode());
        });
    }

    public List<DirectoryContact> contacts() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM directory_contact ORDER BY department, name")
                .map((rs, c) -> new DirectoryContact(rs.getLong("id"), rs.getString("department"), rs.getString("name"),
                        rs.getString("title"), rs.getString("phone"), rs.getString("note"), rs.getInt("version")))
                .list());
    }

    public void saveContact(DirectoryContact c, Actor actor) {
        jdbi.useTransaction(h -> {
            // names and phones of people: "changed" only, never the values
            audit.record(h, AuditEvent.of(actor, AUDIT_ACTION).on("directory_contact", c.id() == 0 ? null : c.id())
                    .field("contact").textChange(null, c.department() + c.name() + c.phone()));
            if (c.id() == 0) {
                h.createUpdate("""
                                INSERT INTO directory_contact (department, name, title, phone, note)
                                VALUES (:dep, :name, :title, :phone, :note)""")
                        .bind("dep", c.department()).bind("name", c.name()).bind("title", c.title())
                        .bind("phone", c.phone()).bind("note", c.note()).execute();
            } else {
                checked(h.createUpdate("""
                                UPDATE directory_contact SET department = :dep, name = :name, title = :title,
                                phone = :phone, note = :note, version = version + 1 WHERE id = :id AND version = :version""")
                        .bind("id", c.id()).bind("dep", c.department()).bind("name", c.name()).bind("title", c.title())
                        .bind("phone", c.phone()).bind("note", c.note()).bind("version", c.version()).execute(),
                        c.name());
            }
        });
    }

    public void deleteContact(long id, Actor actor) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM directory_contact WHERE id = :id").bind("id", id).execute();
            recordRow(h, actor, "directory_contact", id, null, "DELETED");
        });
    }

    public List<SpecialPeriod> specialPeriods() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM special_period ORDER BY start_md")
                .map((rs, c) -> new SpecialPeriod(rs.getLong("id"), rs.getString("name"), rs.getString("start_md"),
                        rs.getString("end_md"), rs.getInt("version"))).list());
    }

    public void saveSpecialPeriod(SpecialPeriod p, Actor actor) {
        jdbi.useTransaction(h -> {
            recordRow(h, actor, "special_period", p.id() == 0 ? null : p.id(), p.id() == 0 ? null : p.version(),
                    p.name() + " / " + p.startMd() + " - " + p.endMd());
            if (p.id() == 0) {
                h.createUpdate("INSERT INTO special_period (name, start_md, end_md) VALUES (:name, :s, :e)")
                        .bind("name", p.name()).bind("s", p.startMd()).bind("e", p.endMd()).execute();
            } else {
                checked(h.createUpdate("""
                                UPDATE special_period SET name = :name, start_md = :s, end_md = :e, version = version + 1
                                WHERE id = :id AND version = :version""")
                        .bind("id", p.id()).bind("name", p.name()).bind("s", p.startMd()).bind("e", p.endMd())
                        .bind("version", p.version()).execute(), p.name());
            }
        });
    }

    public void deleteSpecialPeriod(long id, Actor actor) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM special_period WHERE id = :id").bind("id", id).execute();
            recordRow(h, actor, "special_period", id, null, "DELETED");
        });
    }

    private static void checked(int updated, String what) {
        if (updated != 1) {
            throw new UserException("settings.stale", what);
        }
    }
}
