package org.crisisdesk.cases;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.UserException;
import org.crisisdesk.operators.Permissions;
import org.crisisdesk.operators.Permissions.Action;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Every write to a case: each takes the acting person and writes the timeline entry in the same
 * transaction. Saves based on a stale copy (another desk changed the case meanwhile) are refused.
 */
public final class CaseService {
    private static final int CREATE_ATTEMPTS = 5;

    private final Jdbi jdbi;
    private final Clock clock;
    private final ZoneId zone;
    private final AttachmentStore attachments;
    private final List<CaseHooks> hooks;
    private final Runnable sync;

    public CaseService(Jdbi jdbi, Clock clock, AttachmentStore attachments, List<CaseHooks> hooks) {
        this(jdbi, clock, attachments, hooks, () -> { });
    }

    /**
     * @param sync forces what was just committed to disk (H2 {@code CHECKPOINT SYNC}); called after
     *             every save, so a returned save also survives a power cut as far as the disk honours it
     */
    public CaseService(Jdbi jdbi, Clock clock, AttachmentStore attachments, List<CaseHooks> hooks, Runnable sync) {
        this.sync = sync;
        this.jdbi = jdbi;
        this.clock = clock;
        this.zone = clock.getZone();
        this.attachments = attachments;
        this.hooks = List.copyOf(hooks);
    }

    /** Opens a case with its media contacts; the case number is allocated in the same transaction. */
    public Incident create(NewIncident in, List<NewMediaContact> contacts, Actor actor) {
        Permissions.require(actor, Action.CREATE_CASE);
        Instant now = clock.instant();
        IncidentValidator.check(in, now);
        contacts.forEach(c -> IncidentValidator.check(c, now, null));
        UserException last = null;
        for (int attempt = 0; attempt < CREATE_ATTEMPTS; attempt++) {
            try {
                Incident result = jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, h -> {
                    Incident created = insert(h, in, now, actor);
                    for (NewMediaContact c : contacts) {
                        insertContact(h, created.id(), c, now, actor);
                    }
                    hooks.forEach(k -> k.afterCreate(h, created, actor));
                    if (!contacts.isEmpty()) {
                        hooks.forEach(k -> k.afterMediaContactsChanged(h, created.id(), actor));
                    }
                    return CaseQueries.incident(h, created.id());
                });
                sync.run();
                return result;
            } catch (org.jdbi.v3.core.statement.UnableToExecuteStatementException e) {
                // two desks opening the first case of a store's year at once: retry takes the counter row
                last = new UserException(e, "case.cannotCreate", String.valueOf(e.getMessage()));
            }
        }
        throw last;
    }

    private Incident insert(Handle h, NewIncident in, Instant now, Actor actor) {
        String caseNo = CaseNumbers.next(h, in.storeCode(), now.atZone(zone).getYear());
        UndercoverSigns s = in.signs() == null ? UndercoverSigns.NONE : in.signs();
        long id = h.createUpdate("""
                        INSERT INTO incident (case_no, store_code, title, channel, discovered_at, customer_name,
                          customer_honorific, customer_phone, customer_phone_key, category, risk_type, description,
                          status, severity, responsible, sign_identity, sign_no_emotion, sign_odd_movement,
                          sign_professional, created_at, created_by, updated_at, updated_by)
                        VALUES (:caseNo, :store, :title, :channel, :discovered, :name, :honorific, :phone, :phoneKey,
                          :category, :risk, :description, 'NEW', :severity, :responsible, :s1, :s2, :s3, :s4,
                          :now, :actor, :now, :actor)""")
                .bind("caseNo", caseNo).bind("store", in.storeCode()).bind("title", in.title().strip())
                .bind("channel", in.channel()).bind("discovered", in.discoveredAt() == null ? now : in.discoveredAt())
                .bind("name", blankToNull(in.customerName()))
                .bind("honorific", Objects.requireNonNullElse(in.honorific(), Honorific.UNKNOWN).name())
                .bind("phone", blankToNull(in.customerPhone())).bind("phoneKey", Phones.key(in.customerPhone()))
                .bind("category", in.category()).bind("risk", in.riskType()).bind("description", in.description())
                .bind("severity", in.severity().name()).bind("responsible", blankToNull(in.responsible()))
                .bind("s1", s.identityUnclear()).bind("s2", s.noEmotion()).bind("s3", s.oddMovement())
                .bind("s4", s.professional()).bind("now", now).bind("actor", actor.name())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        Timeline.append(h, id, now, actor.name(), "CREATED", null, null, caseNo, in.title().strip());
        return CaseQueries.incident(h, id);
    }

    /** Changes one field. Edits with the same {@code editSession} merge into one timeline entry. */
    public Incident updateField(long id, int expectedVersion, IncidentField field, Object value, Actor actor,
                                String editSession) {
        Permissions.require(actor, Action.EDIT_CASE);
        Instant now = clock.instant();
        Object normalised = value instanceof String s ? blankToNull(s) : value;
        IncidentValidator.checkField(field, normalised, now);
        return write(h -> {
            String newText = text(normalised);
            Incident stored = locked(h, id);
            if (Objects.equals(text(FieldValues.of(stored, field)), newText)) {
                // nothing to change, so nothing to overwrite: not a conflict even from an older copy (an
                // edit repeated after a full disk, whose first commit reached the file before the flush failed)
                return stored;
            }
            Incident before = lockedCurrent(h, id, expectedVersion);
            String oldText = text(FieldValues.of(before, field));
            var update = h.createUpdate("UPDATE incident SET " + field.column() + " = :value, "
                            + (field == IncidentField.CUSTOMER_PHONE ? "customer_phone_key = :phoneKey, " : "")
                            + "updated_at = :now, updated_by = :actor, version = version + 1 WHERE id = :id")
                    .bind("id", id).bind("now", now).bind("actor", actor.name());
            if (normalised instanceof Enum<?> e) {
                update.bind("value", e.name());
            } else if (normalised instanceof Instant t) {
                update.bind("value", t);
            } else {
                update.bind("value", (String) normalised);
            }
            if (field == IncidentField.CUSTOMER_PHONE) {
                update.bind("phoneKey", Phones.key((String) normalised));
            }
            update.execute();
            Timeline.fieldChange(h, id, now, actor.name(), field.name(), oldText, newText, editSession);
            boolean personal = field.isPersonal() || field == IncidentField.DESCRIPTION || field == IncidentField.TITLE;
            hooks.forEach(k -> k.afterChange(h, id, "FIELD", field.name(), oldText, newText, personal, actor));
            return CaseQueries.incident(h, id);
        });
    }

    public Incident setSigns(long id, int expectedVersion, UndercoverSigns signs, Actor actor) {
        Permissions.require(actor, Action.EDIT_CASE);
        Instant now = clock.instant();
        return write(h -> {
            Incident before = lockedCurrent(h, id, expectedVersion);
            if (before.signs().equals(signs)) {
                return before;
            }
            h.createUpdate("""
                            UPDATE incident SET sign_identity = :s1, sign_no_emotion = :s2, sign_odd_movement = :s3,
                            sign_professional = :s4, updated_at = :now, updated_by = :actor, version = version + 1
                            WHERE id = :id""")
                    .bind("s1", signs.identityUnclear()).bind("s2", signs.noEmotion())
                    .bind("s3", signs.oddMovement()).bind("s4", signs.professional())
                    .bind("now", now).bind("actor", actor.name()).bind("id", id).execute();
            Timeline.append(h, id, now, actor.name(), "SIGNS", null, String.valueOf(before.signs().count()),
                    String.valueOf(signs.count()), FieldValues.signsCode(signs));
            hooks.forEach(k -> k.afterChange(h, id, "SIGNS", null, FieldValues.signsCode(before.signs()),
                    FieldValues.signsCode(signs), false, actor));
            return CaseQueries.incident(h, id);
        });
    }

    /** Moves the case to another board column; the move lands on its timeline. */
    public Incident moveTo(long id, int expectedVersion, CaseStatus to, Actor actor) {
        Permissions.require(actor, Action.EDIT_CASE);
        Instant now = clock.instant();
        return write(h -> {
            Incident before = lockedCurrent(h, id, expectedVersion);
            if (before.status() == to) {
                return before;
            }
            h.createUpdate("""
                            UPDATE incident SET status = :status, closed_at = :closed, updated_at = :now,
                            updated_by = :actor, version = version + 1 WHERE id = :id""")
                    .bind("status", to.name()).bind("closed", to == CaseStatus.CLOSED ? now : null)
                    .bind("now", now).bind("actor", actor.name()).bind("id", id).execute();
            Timeline.append(h, id, now, actor.name(), "STATUS", "status", before.status().name(), to.name(), null);
            hooks.forEach(k -> k.afterStatusChange(h, before, to, actor));
            return CaseQueries.incident(h, id);
        });
    }

    public MediaContact addMediaContact(long incidentId, NewMediaContact c, Actor actor) {
        Permissions.require(actor, Action.ADD_MEDIA_CONTACT);
        Instant now = clock.instant();
        IncidentValidator.check(c, now, null);
        return write(h -> {
            CaseQueries.incident(h, incidentId);
            long contactId = insertContact(h, incidentId, c, now, actor);
            touch(h, incidentId, now, actor);
            hooks.forEach(k -> k.afterMediaContactsChanged(h, incidentId, actor));
            return CaseQueries.mediaContact(h, contactId);
        });
    }

    public MediaContact updateMediaContact(long contactId, int expectedVersion, NewMediaContact c, Actor actor) {
        Permissions.require(actor, Action.ADD_MEDIA_CONTACT);
        Instant now = clock.instant();
        return write(h -> {
            MediaContact before = CaseQueries.mediaContact(h, contactId);
            IncidentValidator.check(c, now, before.journalistDeadline());
            int n = h.createUpdate("""
                            UPDATE media_contact SET outlet = :outlet, media_kind = :kind, medium = :medium, reach = :reach,
                            journalist_name = :jname, journalist_phone = :jphone, interview_outline = :outline,
                            journalist_deadline = :deadline, expected_publication = :publication, received_at = :received,
                            version = version + 1 WHERE id = :id AND version = :version""")
                    .bindMap(FieldValues.contactParams(c)).bind("id", contactId).bind("version", expectedVersion)
                    .execute();
            if (n != 1) {
                throw new StaleEditException(CaseQueries.incident(h, before.incidentId()).caseNo());
            }
            Timeline.append(h, before.incidentId(), now, actor.name(), "MEDIA", "media", FieldValues.contactLine(before),
                    FieldValues.contactLine(c), null);
            touch(h, before.incidentId(), now, actor);
            hooks.forEach(k -> k.afterMediaContactsChanged(h, before.incidentId(), actor));
            return CaseQueries.mediaContact(h, contactId);
        });
    }

    private long insertContact(Handle h, long incidentId, NewMediaContact c, Instant now, Actor actor) {
        long id = h.createUpdate("""
                        INSERT INTO media_contact (incident_id, outlet, media_kind, medium, reach, journalist_name,
                          journalist_phone, interview_outline, journalist_deadline, expected_publication, received_at,
                          created_at, created_by)
                        VALUES (:incident, :outlet, :kind, :medium, :reach, :jname, :jphone, :outline, :deadline,
                          :publication, :received, :now, :actor)""")
                .bindMap(FieldValues.contactParams(c)).bind("incident", incidentId).bind("now", now)
                .bind("actor", actor.name()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        Timeline.append(h, incidentId, now, actor.name(), "MEDIA", "media", null, FieldValues.contactLine(c), null);
        return id;
    }

    public TimelineEntry addNote(long incidentId, String text, Actor actor) {
        Permissions.require(actor, Action.EDIT_CASE);
        if (text == null || text.isBlank()) {
            throw new ValidationException(List.of(new FieldError("note", "validation.required")));
        }
        if (text.length() > IncidentValidator.LONG_TEXT_MAX) {
            throw new ValidationException(List.of(new FieldError("note", "validation.tooLong",
                    IncidentValidator.LONG_TEXT_MAX, text.length())));
        }
        Instant now = clock.instant();
        return write(h -> {
            CaseQueries.incident(h, incidentId);
            long entryId = Timeline.append(h, incidentId, now, actor.name(), "NOTE", null, null, null, text.strip());
            touch(h, incidentId, now, actor);
            hooks.forEach(k -> k.afterChange(h, incidentId, "NOTE", null, null, text.strip(), true, actor));
            return h.createQuery("SELECT * FROM timeline_entry WHERE id = :id").bind("id", entryId)
                    .map(CaseRows.TIMELINE).one();
        });
    }

    /** Copies the file into the data folder first, then records it; a failed copy records nothing. */
    public Attachment attach(long incidentId, Path file, boolean personalData, Actor actor) {
        Permissions.require(actor, Action.ADD_ATTACHMENT);
        AttachmentStore.Stored stored = attachments.store(file);
        Instant now = clock.instant();
        String name = file.getFileName().toString();
        return write(h -> {
            CaseQueries.incident(h, incidentId);
            long id = h.createUpdate("""
                            INSERT INTO attachment (incident_id, sha256, original_name, size_bytes, content_type,
                              personal_data, added_at, added_by)
                            VALUES (:incident, :sha, :name, :size, :type, :personal, :now, :actor)""")
                    .bind("incident", incidentId).bind("sha", stored.sha256()).bind("name", name)
                    .bind("size", stored.size()).bind("type", stored.contentType()).bind("personal", personalData)
                    .bind("now", now).bind("actor", actor.name())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            Timeline.append(h, incidentId, now, actor.name(), "ATTACHMENT", "attachment", null, name, null);
            touch(h, incidentId, now, actor);
            hooks.forEach(k -> k.afterChange(h, incidentId, "ATTACHMENT", null, null, stored.sha256(), false, actor));
            return h.createQuery("SELECT * FROM attachment WHERE id = :id").bind("id", id).map(CaseRows.ATTACHMENT).one();
        });
    }

    public void setAttachmentPersonal(long attachmentId, boolean personal, Actor actor) {
        Permissions.require(actor, Action.EDIT_CASE);
        Instant now = clock.instant();
        write(h -> {
            Attachment a = h.createQuery("SELECT * FROM attachment WHERE id = :id").bind("id", attachmentId)
                    .map(CaseRows.ATTACHMENT).one();
            if (a.erased()) {
                return a; // nothing left to flag; the name it would put on the timeline is gone
            }
            h.createUpdate("UPDATE attachment SET personal_data = :p, version = version + 1 WHERE id = :id")
                    .bind("p", personal).bind("id", attachmentId).execute();
            Timeline.append(h, a.incidentId(), now, actor.name(), "ATTACHMENT", "personalData", a.originalName(),
                    String.valueOf(personal), null);
            touch(h, a.incidentId(), now, actor);
            return a;
        });
    }

    /** One transaction, then the sync that makes it durable. */
    private <T> T write(org.jdbi.v3.core.HandleCallback<T, RuntimeException> work) {
        T result = jdbi.inTransaction(work);
        sync.run();
        return result;
    }

    public Path attachmentFile(Attachment a) {
        return attachments.path(a.sha256());
    }

    private static Incident locked(Handle h, long id) {
        return h.createQuery("SELECT * FROM incident WHERE id = :id FOR UPDATE").bind("id", id)
                .map(CaseRows.INCIDENT).findOne()
                .orElseThrow(() -> new UserException("case.notFound", id));
    }

    private static Incident lockedCurrent(Handle h, long id, int expectedVersion) {
        Incident current = locked(h, id);
        if (current.version() != expectedVersion) {
            throw new StaleEditException(current.caseNo());
        }
        return current;
    }

    /**
     * A change elsewhere in the case (contacts, notes, attachments) moves "last changed" but not the
     * version: a note added meanwhile does not conflict with someone editing the title.
     */
    private static void touch(Handle h, long id, Instant now, Actor actor) {
        h.createUpdate("UPDATE incident SET updated_at = :now, updated_by = :actor WHERE id = :id")
                .bind("now", now).bind("actor", actor.name()).bind("id", id).execute();
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
