package org.crisisdesk.cases;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.crisisdesk.common.Actor;
import org.crisisdesk.operators.AuditActions;
import org.crisisdesk.common.AuditEvent;
import org.crisisdesk.operators.AuditLog;
import org.crisisdesk.operators.Permissions;
import org.crisisdesk.operators.Permissions.Action;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Finding a case by a customer's or journalist's phone or name, as a front desk must ("the lady
 * who called yesterday, 138 1234 5678"). The rule:
 * <ul>
 *   <li>only operators who may reveal personal data (staff, supervisors) are searched for; anyone
 *       else gets nothing, so a viewer's filter matches only what a viewer sees;</li>
 *   <li>only a whole value matches: a complete mobile or landline number, or a complete name. A
 *       fragment never does, so typing cannot probe a masked number digit by digit;</li>
 *   <li>every case found is audited as {@code SEARCH_PERSONAL_DATA} (who, which case, and the
 *       searched value as the case's keyed digest, never in clear). It is a search, not a reveal:
 *       results are shown masked like everything else.</li>
 * </ul>
 * The audit log is used directly (not through {@link CaseHooks}) because a search changes no case.
 */
public final class PersonalDataSearch {
    /** Enough for a front desk; a value that matches more cases than this is not a lookup. */
    static final int MAX_CASES = 20;
    private static final int MAX_NAME = 40;

    private final Jdbi jdbi;
    private final AuditLog audit;

    public PersonalDataSearch(Jdbi jdbi, AuditLog audit) {
        this.jdbi = jdbi;
        this.audit = audit;
    }

    /** The cases (open and closed, newest first) whose customer or journalist has this whole phone or name. */
    public List<CaseSummary> find(Actor actor, String text) {
        if (!Permissions.allows(actor, Action.REVEAL_PERSONAL_DATA) || text == null) {
            return List.of();
        }
        String value = text.strip();
        boolean phone = Phones.isValid(value);
        if (!phone && !isName(value)) {
            return List.of();
        }
        return jdbi.inTransaction(h -> {
            Set<Long> ids = phone ? byPhone(h, Phones.key(value)) : byName(h, value);
            if (ids.isEmpty()) {
                return List.of();
            }
            for (long id : ids) {
                audit.append(h, AuditEvent.of(actor, AuditActions.SEARCH_PERSONAL_DATA).on("incident", id)
                        .inCase(id).field(phone ? "phone" : "name")
                        .textChange(null, phone ? Phones.key(value) : value));
            }
            Map<String, Object> params = new HashMap<>();
            StringBuilder in = new StringBuilder();
            for (long id : ids) {
                in.append(in.length() == 0 ? ":id" : ", :id").append(params.size());
                params.put("id" + params.size(), id);
            }
            return CaseQueries.summaries(h, "i.id IN (" + in + ")", params, "i.created_at DESC, i.id DESC", 0,
                    Integer.MAX_VALUE);
        });
    }

    /** Two or more characters, no digits: a name someone typed, not a fragment of a number. */
    static boolean isName(String value) {
        int length = value.codePointCount(0, value.length());
        return length >= 2 && length <= MAX_NAME && value.chars().noneMatch(Character::isDigit);
    }

    private static Set<Long> byPhone(Handle h, String key) {
        Set<Long> ids = new TreeSet<>(h.createQuery("SELECT id FROM incident WHERE customer_phone_key = :key")
                .bind("key", key).mapTo(Long.class).list());
        // journalists' numbers are stored as typed; narrow by the last four digits, compare keys here
        h.createQuery("SELECT incident_id, journalist_phone FROM media_contact WHERE journalist_phone LIKE :tail")
                .bind("tail", "%" + key.substring(key.length() - 4))
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .filter(e -> key.equals(Phones.key(e.getValue()))).forEach(e -> ids.add(e.getKey()));
        return newest(ids);
    }

    private static Set<Long> byName(Handle h, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        Set<Long> ids = new TreeSet<>(h.createQuery("SELECT id FROM incident WHERE LOWER(customer_name) = :n")
                .bind("n", lower).mapTo(Long.class).list());
        ids.addAll(h.createQuery("SELECT incident_id FROM media_contact WHERE LOWER(journalist_name) = :n")
                .bind("n", lower).mapTo(Long.class).list());
        return newest(ids);
    }

    private static Set<Long> newest(Set<Long> ids) {
        return new TreeSet<>(ids.stream().sorted(java.util.Comparator.reverseOrder()).limit(MAX_CASES).toList());
    }
}
