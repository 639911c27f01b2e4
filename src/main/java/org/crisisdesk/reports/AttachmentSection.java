package org.crisisdesk.reports;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.crisisdesk.reports.CaseReport.Attachment;
import org.crisisdesk.reports.pdf.Composer;
import org.crisisdesk.reports.pdf.Style;
import org.crisisdesk.reports.pdf.Table;
import org.crisisdesk.reports.pdf.Table.Cell;
import org.crisisdesk.reports.pdf.Table.Column;
import org.crisisdesk.reports.pdf.Table.Row;

/**
 * Attachments: readable images as a grid of thumbnails with captions, every file (images too) in
 * a table with its SHA-256. A masked report leaves personal-data attachments out and says how many.
 */
final class AttachmentSection {
    private static final int PER_ROW = 3;
    private static final float BOX_H = 120f;
    private final Composer c;
    private final CaseReport r;
    private final ReportText t;

    AttachmentSection(Composer c, CaseReport r, ReportText t) {
        this.c = c;
        this.r = r;
        this.t = t;
    }

    void render() {
        List<Attachment> shown = new ArrayList<>();
        int omitted = 0;
        for (Attachment a : r.attachments()) {
            if (r.masked() && a.personalData()) {
                omitted++;
            } else {
                shown.add(a);
            }
        }
        if (shown.isEmpty() && omitted == 0) {
            return;
        }
        c.heading(t.get("report.section.attachments"), Style.H1);
        List<Attachment> pictures = new ArrayList<>();
        List<PDImageXObject> images = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (Attachment a : shown) {
            PDImageXObject img = CaseSections.thumbnail(c, a);
            if (img != null) {
                pictures.add(a);
                images.add(img);
            }
            String type = t.or(a.contentType());
            if (a.image() != null && img == null) {
                type = type + "\n" + t.get("report.attachment.unreadable");
            }
            rows.add(new Row(List.of(Cell.of(t.or(a.name())), Cell.of(type), Cell.of(ReportText.size(a.size())),
                    new Cell(t.or(a.sha256()), Style.MUTED, false)), null));
        }
        grid(pictures, images);
        if (!rows.isEmpty()) {
            c.table(new Table(List.of(new Column(t.get("report.col.file"), 2.2f),
                    new Column(t.get("report.col.type"), 1.4f), new Column(t.get("report.col.size"), 0.9f),
                    new Column("SHA-256", 3.6f)), rows));
        }
        if (omitted > 0) {
            c.paragraph(t.get("report.attachment.omitted", omitted), Style.SMALL);
        }
    }

    private void grid(List<Attachment> pictures, List<PDImageXObject> images) {
        float gap = 12f;
        float boxW = (c.width() - gap * (PER_ROW - 1)) / PER_ROW;
        float captionH = Style.SMALL.leading() * 2;
        for (int i = 0; i < images.size(); i += PER_ROW) {
            c.ensure(BOX_H + captionH + 8f);
            float top = c.y();
            for (int k = 0; k < PER_ROW && i + k < images.size(); k++) {
                PDImageXObject img = images.get(i + k);
                float x = c.left() + k * (boxW + gap);
                float f = Math.min(boxW / img.getWidth(), BOX_H / img.getHeight());
                float w = img.getWidth() * f;
                float h = img.getHeight() * f;
                c.fillRect(x, top - BOX_H, boxW, BOX_H, Style.ZEBRA);
                c.image(img, x + (boxW - w) / 2, top - BOX_H + (BOX_H - h) / 2, w, h);
                Attachment a = pictures.get(i + k);
                List<String> caption = c.lines(t.or(a.name()) + " · " + ReportText.size(a.size()), Style.SMALL, boxW);
                float lineTop = top - BOX_H - 2f;
                for (int l = 0; l < Math.min(2, caption.size()); l++) {
                    c.text(caption.get(l), x, Composer.baseline(lineTop, Style.SMALL), Style.SMALL);
                    lineTop -= Style.SMALL.leading();
                }
            }
            c.advance(BOX_H + captionH + 8f);
        }
    }
}
