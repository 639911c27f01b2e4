package org.crisisdesk.cases;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.crisisdesk.operators.PersonalDataEraser;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Retention for attachments flagged as personal data: the row stays (size and type still tell
 * what was there) but loses its name (顾客身份证.png is personal itself) and digest, and is marked
 * erased; the timeline entries naming it lose the name too. The file goes only after the commit
 * (a rolled-back erasure must still find it) and only when no other row still needs it. Other
 * attachments keep their file; only their name goes through the case's anonymising rule.
 */
public final class AttachmentEraser implements PersonalDataEraser {
    private final Jdbi jdbi;
    private final AttachmentStore files;
    private final Clock clock;

    public AttachmentEraser(Jdbi jdbi, AttachmentStore files, Clock clock) {
        this.jdbi = jdbi;
        this.files = files;
        this.clock = clock;
    }

    @Override
    public void erase(Handle h, long incidentId, UnaryOperator<String> anonymise) {
        List<Attachment> all = h.createQuery("SELECT * FROM attachment WHERE incident_id = :id AND erased_at IS NULL")
                .bind("id", incidentId).map(CaseRows.ATTACHMENT).list();
        Set<String> digests = new TreeSet<>();
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (Attachment a : all) {
            if (!a.personalData()) { // file kept; a name like 张三丰的小票.png is free text like any other
                h.createUpdate("UPDATE attachment SET original_name = :name WHERE id = :id")
                        .bind("name", anonymise.apply(a.originalName())).bind("id", a.id()).execute();
                continue;
            }
            digests.add(a.sha256());
            markErased(h, a, now);
            forgetName(h, incidentId, a.originalName(), anonymise);
        }
        if (!digests.isEmpty()) {
            h.afterCommit(() -> deleteUnused(digests));
        }
    }

    /** The row stays so the case still shows that a file was there (size and type are not personal). */
    private static void markErased(Handle h, Attachment a, OffsetDateTime at) {
        h.createUpdate("UPDATE attachment SET original_name = '', sha256 = '', erased_at = :at, "
                + "version = version + 1 WHERE id = :id").bind("at", at).bind("id", a.id()).execute();
    }

    /**
     * The "attached" entry holds the name as its new value, a personal-flag change as its old one;
     * the retention pass over the timeline may already have masked digits in it.
     */
    private static void forgetName(Handle h, long incidentId, String name, UnaryOperator<String> anonymise) {
        for (String n : new TreeSet<>(List.of(name, String.valueOf(anonymise.apply(name))))) {
            h.createUpdate("UPDATE timeline_entry SET new_value = NULL WHERE incident_id = :id AND kind = 'ATTACHMENT' "
                    + "AND field = 'attachment' AND new_value = :name").bind("id", incidentId).bind("name", n).execute();
            h.createUpdate("UPDATE timeline_entry SET old_value = NULL WHERE incident_id = :id AND kind = 'ATTACHMENT' "
                    + "AND field = 'personalData' AND old_value = :name").bind("id", incidentId).bind("name", n)
                    .execute();
        }
    }

    /** Checked again after the commit, on a fresh handle: another case may hold the same file. */
    private void deleteUnused(Set<String> digests) {
        for (String sha : digests) {
            boolean needed = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM attachment WHERE sha256 = :sha")
                    .bind("sha", sha).mapTo(Integer.class).one() > 0);
            if (!needed) {
                try {
                    Files.deleteIfExists(files.path(sha));
                } catch (IOException | IllegalArgumentException e) {
                    // the row is already erased; a file left behind is only unreferenced data
                    System.getLogger(AttachmentEraser.class.getName())
                            .log(System.Logger.Level.WARNING, "erased attachment file not deleted: {0}", e.toString());
                }
            }
        }
    }
}
