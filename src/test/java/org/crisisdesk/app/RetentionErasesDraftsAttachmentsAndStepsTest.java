package org.crisisdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.crisisdesk.cases.Attachment;
import org.crisisdesk.cases.AttachmentStore;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Messages;
import org.crisisdesk.drafting.DraftKind;
import org.crisisdesk.operators.Fixture;
import org.crisisdesk.operators.MutableClock;
import org.crisisdesk.operators.PinHasher;
import org.crisisdesk.reports.ReportExports;
import org.crisisdesk.store.DataDirectory;
import org.crisisdesk.store.Database;
import org.crisisdesk.store.DatabaseConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a real H2 file with the desk's own wiring: retention reaches drafts and their versions,
 * attachments flagged as personal (row kept, file gone unless another case still needs it) and
 * what was recorded on checklist steps; the chain still verifies and the PDF says what happened.
 */
class RetentionErasesDraftsAttachmentsAndStepsTest {
    private static final String NAME = "张三丰";
    private static final String PHONE = "13812345678";
    private static final String OTHER_PHONE = "13698765432";

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(Fixture.START);
    Desk desk;
    Actor boss;
    long oldCase;
    long openCase;

    @BeforeEach
    void open() {
        Path data = dir.resolve("data");
        try (Fixture f = new Fixture(data)) {
            oldCase = f.incident("S1-2025-0001", "CLOSED", Fixture.START.minus(Duration.ofDays(400)), NAME, PHONE,
                    NAME + "来电");
            openCase = f.incident("S1-2026-0002", "NEW", null, "李四", "13900001111", "李四来电");
            OffsetDateTime now = OffsetDateTime.ofInstant(Fixture.START, ZoneOffset.UTC);
            f.jdbi().useHandle(h -> {
                h.execute("UPDATE incident SET severity = 'III'"); // the fixture's HIGH is not a case severity
                long checklist = h.createUpdate("INSERT INTO checklist (incident_id, template_code, clock_start, "
                        + "started_at, started_by) VALUES (:id, 'GENERAL', :now, :now, 'x')").bind("id", oldCase)
                        .bind("now", now).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                h.createUpdate("INSERT INTO checklist_step (checklist_id, step_no, step_key, title, lead_departments, "
                        + "support_departments, record_fields, rule_kind, offset_minutes, state, window_start, completed_at, "
                        + "completed_by, recorded) VALUES (:c, 4, 'SOLUTION', '解决方案', '客服', '', '与顾客约定', "
                        + "'OFFSET', 1440, 'DONE', :now, :now, 'x', :rec)")
                        .bind("c", checklist).bind("now", now)
                        .bind("rec", "{\"与顾客约定\":\"" + NAME + "同意换货,回访电话 " + OTHER_PHONE + "\"}").execute();
            });
        }
        desk = new Desk(Database.open(DatabaseConfig.h2(data)), data, clock,
                new Messages(Locale.SIMPLIFIED_CHINESE), new PinHasher(1_000));
        boss = desk.operators().createFirstSupervisor("王主管", "246810".toCharArray());
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void closedCaseLosesPersonalDataInDraftsAttachmentsAndStepsButKeepsItsShape() throws IOException {
        var draft = desk.drafts().create(oldCase, DraftKind.CUSTOMER_REPLY, "回复" + NAME, null,
                NAME + "女士您好,我们已致电 " + PHONE + "。", boss);
        clock.advance(Duration.ofMinutes(2)); // a snapshot at most once a minute
        desk.drafts().saveText(draft.id(), NAME + "女士您好,换货已安排,联系电话 " + PHONE + "。", boss);
        Attachment idCard = desk.cases().attach(oldCase, file("顾客身份证.png", "id card"), true, boss);
        Attachment receipt = desk.cases().attach(oldCase, file("小票.pdf", "receipt"), true, boss);
        desk.cases().attach(openCase, file("同一张小票.pdf", "receipt"), false, boss);
        Attachment photo = desk.cases().attach(oldCase, file("扶手照片.png", "photo"), false, boss);
        Attachment named = desk.cases().attach(oldCase, file(NAME + "的发票.pdf", "invoice"), false, boss);
        AttachmentStore files = new AttachmentStore(DataDirectory.attachments(dir.resolve("data")));

        var retention = desk.retention();
        assertEquals(List.of(oldCase), retention.erase(retention.cutoff(12), boss));

        for (String text : desk.database().jdbi().withHandle(h -> h.createQuery("SELECT title || ' ' || body FROM draft "
                + "UNION ALL SELECT body FROM draft_version").mapTo(String.class).list())) {
            assertClean(text);
        }
        var after = desk.drafts().get(draft.id());
        assertEquals(DraftKind.CUSTOMER_REPLY, after.kind());
        assertFalse(after.isFinal());
        assertTrue(after.text().contains("张**女士您好"), after.text());
        assertTrue(desk.drafts().versions(draft.id()).size() >= 2, "versions are anonymised, not dropped");

        Map<Long, Attachment> rows = desk.database().jdbi().withHandle(h -> h.createQuery("SELECT * FROM attachment")
                .map((rs, ctx) -> rs.getLong("id")).list()).stream()
                .collect(java.util.stream.Collectors.toMap(id -> id, id -> find(id)));
        Attachment erasedCard = rows.get(idCard.id());
        assertTrue(erasedCard.erased());
        assertEquals("", erasedCard.originalName());
        assertEquals(idCard.sizeBytes(), erasedCard.sizeBytes(), "the row stays");
        assertFalse(files.exists(idCard.sha256()), "its file is gone");
        assertTrue(rows.get(receipt.id()).erased());
        assertTrue(files.exists(receipt.sha256()), "another case still needs the same file");
        assertFalse(rows.get(photo.id()).erased());
        assertEquals("扶手照片.png", rows.get(photo.id()).originalName());
        assertTrue(files.exists(photo.sha256()), "attachments not flagged as personal are kept");
        assertEquals("张**的发票.pdf", rows.get(named.id()).originalName(), "a kept file's name is free text");
        assertTrue(files.exists(named.sha256()));
        List<String> timeline = desk.database().jdbi().withHandle(h -> h.createQuery("SELECT COALESCE(old_value, '') || "
                + "COALESCE(new_value, '') || COALESCE(body, '') FROM timeline_entry WHERE incident_id = :id")
                .bind("id", oldCase).mapTo(String.class).list());
        assertTrue(timeline.stream().noneMatch(t -> t.contains("顾客身份证")), timeline.toString());

        String recorded = desk.database().jdbi().withHandle(h -> h.createQuery("SELECT recorded FROM checklist_step")
                .mapTo(String.class).one());
        assertClean(recorded);
        assertTrue(recorded.contains("与顾客约定") && recorded.contains("136****5432"), recorded);

        assertTrue(desk.audit().verify().ok());

        Path pdf = desk.reports().exportCase(oldCase, dir.resolve("case.pdf"), boss, true, ReportExports.Progress.NONE,
                () -> false);
        String text;
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc);
        }
        assertTrue(text.replaceAll("\\s", "").contains("个人信息已按保留期限删除"), text);
        assertClean(text);
        assertFalse(text.contains("顾客身份证"), text);
        assertTrue(text.contains("扶手照片.png"), text);
    }

    private Attachment find(long id) {
        return desk.caseQueries().attachments(oldCase).stream().filter(a -> a.id() == id).findFirst()
                .orElseGet(() -> desk.caseQueries().attachments(openCase).stream().filter(a -> a.id() == id)
                        .findFirst().orElseThrow());
    }

    private Path file(String name, String content) throws IOException {
        Path p = dir.resolve("in").resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    private static void assertClean(String text) {
        assertNotNull(text);
        for (String personal : List.of(NAME, PHONE, OTHER_PHONE)) {
            assertFalse(text.contains(personal), () -> personal + " left in: " + text);
        }
    }
}
