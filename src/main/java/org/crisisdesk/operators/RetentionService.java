package org.crisisdesk.operators;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.AuditEvent;
import org.crisisdesk.operators.Permissions.Action;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Erases personal data of cases closed before a cut-off: the case is kept, anonymised. Each case
 * is erased in one transaction together with its audit entry and the destruction of its digest key.
 */
public final class RetentionService {
    /** The setting that holds the months closed cases keep their personal data (Settings › 个人信息保留). */
    public static final String MONTHS_SETTING = "retention.months";
    /** Timeline fields whose old/new values are personal data themselves (either naming style). */
    private static final Set<String> PERSONAL_FIELDS = Set.of("customername", "customerphone", "customerphonekey",
            "journalistname", "journalistphone");

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Clock clock;
    private final List<PersonalDataEraser> erasers;

    public RetentionService(Jdbi jdbi, AuditLog audit, Clock clock, List<PersonalDataEraser> erasers) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
        this.erasers = List.copyOf(erasers);
    }

    /** The cut-off for "closed more than {@code months} months ago", in the clock's zone. */
    public Instant cutoff(int months) {
        return ZonedDateTime.now(clock).minusMonths(months).toInstant();
    }

    /** Closed cases older than the cut-off whose data is not yet erased; shown for confirmation. */
    public List<Long> eligible(Instant closedBefore) {
        return jdbi.withHandle(h -> h.createQuery("SELECT i.id FROM incident i WHERE i.status = 'CLOSED' "
                + "AND i.closed_at < :cutoff AND NOT EXISTS (SELECT 1 FROM personal_data_erasure e "
                + "WHERE e.incident_id = i.id) ORDER BY i.id")
                .bind("cutoff", OffsetDateTime.ofInstant(closedBefore, ZoneOffset.UTC)).mapTo(Long.class).list());
    }

    /** Erases every eligible case (supervisors only) and returns their ids. */
    public List<Long> erase(Instant closedBefore, Actor actor) {
        Permissions.require(actor, Action.ERASE_PERSONAL_DATA);
        List<Long> done = new ArrayList<>();
        for (long id : eligible(closedBefore)) {
            jdbi.useTransaction(h -> eraseCase(h, id, actor));
            done.add(id);
        }
        return done;
    }

    /**
     * Erases the given cases whatever their status or age, skipping those already erased and ids
     * this database does not hold. Used after a restore: data erased before must not come back.
     */
    public List<Long> eraseAgain(Collection<Long> ids, Actor actor) {
        Permissions.require(actor, Action.ERASE_PERSONAL_DATA);
        List<Long> done = new ArrayList<>();
        for (long id : new TreeSet<>(ids)) {
            boolean erased = jdbi.inTransaction(h -> {
                boolean present = h.createQuery("SELECT COUNT(*) FROM incident i WHERE i.id = :id AND NOT EXISTS "
                        + "(SELECT 1 FROM personal_data_erasure e WHERE e.incident_id = i.id)")
                        .bind("id", id).mapTo(Integer.class).one() > 0;
                if (present) {
                    eraseCase(h, id, actor);
                }
                return present;
            });
            if (erased) {
                done.add(id);
            }
        }
        return done;
    }

    private void eraseCase(Handle h, long id, Actor actor) {
        Set<String> known = knownValues(h, id);
        Map<String, Object> inc = h.createQuery("SELECT title, description FROM incident WHERE id = :id")
                .bind("id", id).mapToMap().one();
        h.createUpdate("UPDATE incident SET customer_name = NULL, customer_phone = NULL, customer_phone_key = NULL, "
                + "title = :title, description = :description, version = version + 1 WHERE id = :id")
                .bind("title", anonymise((String) inc.get("title"), known))
                .bind("description", anonymise((String) inc.get("description"), known)).bind("id", id).execute();
        h.createQuery("SELECT id, interview_outline FROM media_contact WHERE incident_id = :id").bind("id", id)
                .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2)}).list()
                .forEach(row -> h.createUpdate("UPDATE media_contact SET journalist_name = NULL, "
                        + "journalist_phone = NULL, interview_outline = :outline, version = version + 1 WHERE id = :id")
                        .bind("outline", anonymise((String) row[1], known)).bind("id", (Long) row[0]).execute());
        h.createQuery("SELECT id, field, old_value, new_value, body FROM timeline_entry WHERE incident_id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)})
                .list()
                .forEach(row -> {
                    boolean personalField = row[1] != null && PERSONAL_FIELDS.contains(
                            row[1].replace("_", "").toLowerCase(Locale.ROOT));
                    String oldV = personalField ? null : anonymise(row[2], known);
                    String newV = personalField ? null : anonymise(row[3], known);
                    String body = anonymise(row[4], known);
                    h.createUpdate("UPDATE timeline_entry SET old_value = :o, new_value = :n, body = :b WHERE id = :id")
                            .bind("o", oldV).bind("n", newV).bind("b", body).bind("id", Long.parseLong(row[0]))
                            .execute();
                });
        for (PersonalDataEraser eraser : erasers) {
            eraser.erase(h, id, text -> anonymise(text, known));
        }
        h.createUpdate("INSERT INTO personal_data_erasure (incident_id, erased_at, erased_by) VALUES (:id, :at, :by)")
                .bind("id", id).bind("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .bind("by", actor.name()).execute();
        audit.append(h, AuditEvent.of(actor, AuditActions.ERASE_PERSONAL_DATA).on("incident", id).inCase(id));
        audit.destroyDigestKey(h, id);
    }

    /** Names and phones recorded on the case, so that copies of them in free text can be masked too. */
    private static Set<String> knownValues(Handle h, long id) {
        Set<String> known = new LinkedHashSet<>();
        h.createQuery("SELECT customer_name, customer_phone FROM incident WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> List.of(nz(rs.getString(1)), nz(rs.getString(2)))).findOne().ifPresent(known::addAll);
        h.createQuery("SELECT journalist_name, journalist_phone FROM media_contact WHERE incident_id = :id")
                .bind("id", id).map((rs, ctx) -> List.of(nz(rs.getString(1)), nz(rs.getString(2)))).list()
                .forEach(known::addAll);
        h.createQuery("SELECT field, old_value, new_value FROM timeline_entry WHERE incident_id = :id AND field IS NOT NULL")
                .bind("id", id).map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .list().forEach(r -> {
                    if (PERSONAL_FIELDS.contains(r[0].replace("_", "").toLowerCase(Locale.ROOT))) {
                        known.add(nz(r[1]));
                        known.add(nz(r[2]));
                    }
                });
        known.removeIf(s -> s.strip().length() < 2);
        return known;
    }

    /** Replaces known names and phones with their masks (longest first), then masks any other number. */
    static String anonymise(String text, Set<String> known) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        List<String> byLength = new ArrayList<>(known);
        byLength.sort(Comparator.comparingInt(String::length).reversed());
        for (String value : byLength) {
            String v = value.strip();
            boolean phone = v.chars().filter(Character::isDigit).count() >= 5;
            out = out.replace(v, phone ? PersonalDataMasker.phone(v) : PersonalDataMasker.name(v));
        }
        return PersonalDataMasker.freeText(out);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
