package org.crisisdesk.reports.assembly;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import org.crisisdesk.app.demo.DemoData;
import org.crisisdesk.cases.Attachment;
import org.crisisdesk.cases.AttachmentStore;
import org.crisisdesk.cases.CaseHooks;
import org.crisisdesk.cases.CaseService;
import org.crisisdesk.cases.CaseStatus;
import org.crisisdesk.cases.Honorific;
import org.crisisdesk.cases.Incident;
import org.crisisdesk.cases.MediaKind;
import org.crisisdesk.cases.Medium;
import org.crisisdesk.cases.NewIncident;
import org.crisisdesk.cases.NewMediaContact;
import org.crisisdesk.cases.Reach;
import org.crisisdesk.cases.Severity;
import org.crisisdesk.cases.UndercoverSigns;
import org.crisisdesk.checker.RuleRepository;
import org.crisisdesk.checker.RuleService;
import org.crisisdesk.checklist.ChecklistService;
import org.crisisdesk.checklist.MutableClock;
import org.crisisdesk.checklist.Review;
import org.crisisdesk.checklist.Step;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Messages;
import org.crisisdesk.drafting.DraftKind;
import org.crisisdesk.drafting.DraftRepository;
import org.crisisdesk.operators.AuditLog;
import org.crisisdesk.reports.CaseReportPdf;
import org.crisisdesk.reports.ReportExports;
import org.crisisdesk.reports.SummaryReportPdf;
import org.crisisdesk.reports.pdf.ReportFonts;
import org.crisisdesk.store.DataDirectory;
import org.crisisdesk.store.Database;
import org.crisisdesk.store.DatabaseConfig;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A real H2 file in a data folder with journey 4's case worked through (media contact at 10:02,
 * step 3 twelve minutes late, a holding and a formal reply made final, attachments, 复盘), and the
 * demo data set on request. Checklists run through case hooks, as the desk wires them.
 */
public final class ReportDb implements AutoCloseable {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final Actor SUPERVISOR = new Actor("王主管", Actor.Role.SUPERVISOR);
    public static final Actor VIEWER = new Actor("访客小李", Actor.Role.VIEWER);
    public static final String PHONE = "13812345678";
    public static final String CUSTOMER = "张丽华";
    public static final String JOURNALIST = "林晓";
    /** 13955556666 typed with full-width digits. */
    public static final String FULL_WIDTH_PHONE = "１３９５５５５６６６６";
    public static final String SELFIE = "顾客身份证.png";

    public final Path dir;
    public final Database db;
    public final Jdbi jdbi;
    public final MutableClock clock;
    public final AttachmentStore files;
    public final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);

    public ReportDb(Path dir) {
        this.dir = dir;
        this.db = Database.open(DatabaseConfig.h2(dir));
        this.jdbi = db.jdbi();
        this.clock = new MutableClock(at(28, 9, 0), ZONE);
        this.files = new AttachmentStore(DataDirectory.attachments(dir));
    }

    public static Instant at(int day, int hour, int minute) {
        return ZonedDateTime.of(2026, 11, day, hour, minute, 0, 0, ZONE).toInstant();
    }

    public ChecklistService checklists(java.time.Clock c) {
        return new ChecklistService(jdbi, c, (h, id) -> 1);
    }

    public CaseService cases(java.time.Clock c) {
        ChecklistService checklist = checklists(c);
        CaseHooks hooks = new CaseHooks() {
            @Override
            public void afterCreate(Handle h, Incident created, Actor actor) {
                checklist.onCaseCreated(h, created.id(), created.discoveredAt(), actor);
            }

            @Override
            public void afterMediaContactsChanged(Handle h, long incidentId, Actor actor) {
                checklist.onMediaContactsChanged(h, incidentId, actor);
            }
        };
        return new CaseService(jdbi, c, files, List.of(hooks));
    }

    public DemoData.Result loadDemo(java.time.Clock now) {
        return new DemoData(jdbi, now, this::cases).load(SUPERVISOR);
    }

    public CaseReportAssembler caseAssembler() {
        return new CaseReportAssembler(jdbi, files, new RuleService(new RuleRepository(jdbi, clock)).checker(),
                new AuditLog(jdbi, clock), messages, clock);
    }

    public ReportExports exports(ReportFonts fonts) {
        return new ReportExports(caseAssembler(), new SummaryReportAssembler(jdbi, messages, clock),
                new CaseReportPdf(messages, fonts), new SummaryReportPdf(messages, fonts), messages, clock);
    }

    /** Journey 4's case, closed next morning. Returns its id. */
    public long journeyCase() throws IOException {
        clock.set(at(28, 10, 0));
        CaseService cases = cases(clock);
        ChecklistService checklist = checklists(clock);
        Incident c = cases.create(new NewIncident("SH01", "布艺沙发扶手开裂,顾客携城市晚报记者到店", "ONSITE",
                at(28, 10, 0), CUSTOMER, Honorific.MS, PHONE, "QUALITY", "NEGATIVE_REVIEW",
                "顾客三周前购买的布艺沙发扶手开裂,要求退货。同行者全程拍摄,随后表明为城市晚报记者。"
                        + "顾客身份证号 110101199003071234 已核验。", Severity.III, "王主管",
                new UndercoverSigns(false, true, true, true)), List.of(), SUPERVISOR);
        long id = c.id();
        clock.set(at(28, 10, 2));
        var contact = cases.addMediaContact(id, new NewMediaContact("城市晚报", MediaKind.LIVELIHOOD, Medium.PRINT,
                Reach.LOCAL, JOURNALIST, "13987654321", "商场对商户的管理;投诉处理进度", null, null, at(28, 10, 2)),
                SUPERVISOR);
        complete(checklist, id, "RECEIVE", at(28, 10, 2));
        complete(checklist, id, "REPORT", at(28, 10, 28));
        complete(checklist, id, "OUTLINE", at(28, 11, 14)); // twelve minutes late, shown honestly
        finalDraft(id, DraftKind.HOLDING_REPLY, contact.id(), "您的问题我已记下,我们会尽快以书面形式答复您。", at(28, 11, 14));
        cases.addNote(id, "记者告知稿件明日见报,截稿时间今日18:00。顾客电话 13812345678。", SUPERVISOR);
        cases.addNote(id, "顾客另留电话 " + FULL_WIDTH_PHONE + "。", SUPERVISOR);
        finalDraft(id, DraftKind.FORMAL_REPLY, contact.id(), "林记者您好:\n感谢您对本商场的关注。关于张丽华女士反映的布艺沙发"
                + "扶手开裂一事,商场已为顾客办理先行赔付,全额退还货款。", at(28, 14, 35));
        for (String key : new String[] {"SOLUTION", "CALL", "SCRIPT", "REPLY"}) {
            complete(checklist, id, key, at(28, 15, 0));
        }
        Path photo = dir.resolve("扶手开裂.png");
        Files.write(photo, png(640, 480));
        cases.attach(id, photo, false, SUPERVISOR);
        Path card = dir.resolve(SELFIE);
        Files.write(card, png(320, 200));
        cases.attach(id, card, true, SUPERVISOR);
        Path receipt = dir.resolve("购物小票.txt");
        Files.writeString(receipt, "receipt 4980");
        Attachment gone = cases.attach(id, receipt, false, SUPERVISOR);
        Files.delete(files.path(gone.sha256())); // the stored file went missing
        complete(checklist, id, "CARRY_OUT", at(29, 10, 0));
        checklist.saveReview(id, "投诉长期停留在核实中,顾客联系媒体。", "一分钟内启动清单。", "暂复晚了12分钟。", Review.NEW,
                SUPERVISOR);
        Incident now = cases.moveTo(id, new org.crisisdesk.cases.CaseQueries(jdbi).incident(id).version(),
                CaseStatus.CLOSED, SUPERVISOR);
        clock.set(at(29, 10, 30));
        return now.id();
    }

    private void complete(ChecklistService checklist, long id, String key, Instant when) {
        clock.set(when);
        Step s = checklist.checklist(id).orElseThrow().step(key).orElseThrow();
        if (!s.isOpen()) {
            return;
        }
        if (s.takesAgreedTime()) {
            checklist.setAgreedTime(s.id(), s.version(), when.plus(Duration.ofHours(2)), SUPERVISOR);
            s = checklist.checklist(id).orElseThrow().step(key).orElseThrow();
        }
        Map<String, String> values = new LinkedHashMap<>();
        s.recordFields().forEach(f -> values.put(f, key.equals("REPORT") ? "区域企划部 李经理,电话" : "已记录"));
        checklist.complete(s.id(), s.version(), values, SUPERVISOR);
    }

    private void finalDraft(long id, DraftKind kind, long contactId, String text, Instant when) {
        clock.set(when);
        DraftRepository drafts = new DraftRepository();
        jdbi.useTransaction(h -> {
            long d = drafts.insert(h, id, kind, kind.name(), contactId, text, when, "陈客服");
            drafts.markFinal(h, d, drafts.find(h, d).orElseThrow().version(), when, "陈客服", null);
        });
    }

    static byte[] png(int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0xD8, 0xC3, 0xA5));
        g.fillRect(0, 0, w, h);
        g.setColor(Color.DARK_GRAY);
        g.drawLine(w / 3, 0, w / 2, h);
        g.dispose();
        var out = new java.io.ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    @Override
    public void close() {
        db.close();
    }
}
