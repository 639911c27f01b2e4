package org.crisisdesk.reports.assembly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.crisisdesk.cases.AttachmentStore;
import org.crisisdesk.cases.CaseQueries;
import org.crisisdesk.cases.Escalation;
import org.crisisdesk.cases.Incident;
import org.crisisdesk.cases.MediaContact;
import org.crisisdesk.cases.UndercoverSigns;
import org.crisisdesk.checker.Hit;
import org.crisisdesk.checker.PhraseChecker;
import org.crisisdesk.checker.Severity;
import org.crisisdesk.checklist.ChecklistReportRows;
import org.crisisdesk.checklist.ChecklistService;
import org.crisisdesk.checklist.ComplianceRecord;
import org.crisisdesk.checklist.Recorded;
import org.crisisdesk.checklist.Step;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Messages;
import org.crisisdesk.common.UserException;
import org.crisisdesk.drafting.Draft;
import org.crisisdesk.drafting.DraftRepository;
import org.crisisdesk.operators.AuditActions;
import org.crisisdesk.common.AuditEvent;
import org.crisisdesk.operators.AuditLog;
import org.crisisdesk.operators.PersonalDataMasker;
import org.crisisdesk.operators.Permissions;
import org.crisisdesk.reports.CaseReport;
import org.crisisdesk.reports.ReportMasking;
import org.crisisdesk.settings.EscalationRoute;
import org.crisisdesk.settings.RefItem;
import org.crisisdesk.settings.SettingsRepository;
import org.jdbi.v3.core.Jdbi;

/**
 * Builds a {@link CaseReport} from the database, every read in one transaction so the report shows
 * one consistent state of the case. Masked by default; full personal data only when the caller asks
 * and the actor may reveal it, and then the reveal is written to the audit log first, so the chain
 * head printed on the report already covers it.
 */
public final class CaseReportAssembler {
    /** Larger images are listed, not drawn: decoding them would cost more than a thumbnail is worth. */
    static final long MAX_IMAGE_BYTES = 25L * 1024 * 1024;

    private final Jdbi jdbi;
    private final AttachmentStore files;
    private final PhraseChecker checker;
    private final AuditLog audit;
    private final Messages messages;
    private final Clock clock;
    private final ReportMasking masking = new ReportMasking();

    /**
     * @param checker finds 禁止/提醒 wording in the final replies (the desk's compiled rules)
     * @param audit   where unmasked exports are recorded and the chain head is read from
     */
    public CaseReportAssembler(Jdbi jdbi, AttachmentStore files, PhraseChecker checker, AuditLog audit,
                               Messages messages, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi);
        this.files = Objects.requireNonNull(files);
        this.checker = Objects.requireNonNull(checker);
        this.audit = Objects.requireNonNull(audit);
        this.messages = Objects.requireNonNull(messages);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The case's id by its number, or {@code case.notFound}. */
    public long idOf(String caseNo) {
        return new CaseQueries(jdbi).byCaseNo(caseNo).map(Incident::id)
                .orElseThrow(() -> new UserException("case.notFound", caseNo.strip()));
    }

    /**
     * @param unmask asks for full personal data; refused ({@code permission.denied}) unless the actor
     *               may {@code REVEAL_PERSONAL_DATA}
     */
    public CaseReport assemble(long incidentId, Actor actor, boolean unmask) {
        Permissions.require(actor, Permissions.Action.EXPORT_REPORT, messages);
        if (unmask) {
            Permissions.require(actor, Permissions.Action.REVEAL_PERSONAL_DATA, messages);
            new CaseQueries(jdbi).incident(incidentId); // case.notFound before anything is audited
            audit.append(AuditEvent.of(actor, AuditActions.REVEAL_PERSONAL_DATA).on("incident", incidentId)
                    .inCase(incidentId).field("report"));
        }
        CaseReport full = jdbi.inTransaction(h -> read(incidentId, actor));
        return unmask ? full : maskFurther(masking.mask(full));
    }

    /**
     * After {@link ReportMasking}: the operators' masker over free text as well (it also catches
     * numbers typed with full-width digits), and a personal attachment left out of a masked report
     * is not named on its timeline either.
     */
    private CaseReport maskFurther(CaseReport r) {
        List<String> names = r.attachments().stream().filter(CaseReport.Attachment::personalData)
                .map(CaseReport.Attachment::name).filter(n -> n != null && !n.isBlank()).toList();
        String placeholder = messages.get("report.attachment.personalName");
        java.util.function.UnaryOperator<String> free = text -> {
            String out = PersonalDataMasker.freeText(text);
            for (String n : names) {
                out = out == null ? null : out.replace(n, placeholder);
            }
            return out;
        };
        List<CaseReport.TimelineEntry> timeline = r.timeline().stream()
                .map(e -> new CaseReport.TimelineEntry(e.at(), e.author(), e.kind(), free.apply(e.text()))).toList();
        List<CaseReport.FinalReply> replies = r.finalReplies().stream()
                .map(f -> new CaseReport.FinalReply(f.kind(), f.recipient(), f.at(), f.author(), free.apply(f.text()),
                        f.blockHits(), f.warnHits())).toList();
        return new CaseReport(r.header(), free.apply(r.summary()), free.apply(r.description()), r.customers(),
                r.mediaContacts(), r.undercover(), r.escalation(), r.checklist(), timeline, replies,
                free.apply(r.solution()), free.apply(r.outcome()), r.review(), r.attachments(), r.auditChainHead(),
                r.preparedBy(), r.zone(), r.masked());
    }

    // Nested withHandle calls of the repositories reuse this thread's transaction handle (Jdbi's
    // per-thread handle scope), so all of these reads see the same state.
    private CaseReport read(long incidentId, Actor actor) {
        Instant now = clock.instant();
        CaseQueries queries = new CaseQueries(jdbi);
        SettingsRepository settings = new SettingsRepository(jdbi);
        ReportLabels l = new ReportLabels(messages, settings, clock.getZone());
        Incident in = queries.incident(incidentId);
        List<MediaContact> media = queries.mediaContacts(incidentId);
        List<ComplianceRecord> allSteps = new ChecklistReportRows(jdbi).stepRows(incidentId, now);
        List<ComplianceRecord> steps = allSteps.stream().filter(r -> !r.superseded()).toList();
        Optional<EscalationRoute> route = new Escalation(settings.routes(), settings.rules()).routeFor(media);
        List<Draft> finals = jdbi.withHandle(h -> new DraftRepository().listByIncident(h, incidentId)).stream()
                .filter(Draft::isFinal).sorted(Comparator.comparing(Draft::finalisedAt,
                        Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        var review = new ChecklistService(jdbi, clock, (h, id) -> 0).review(incidentId).orElse(null);
        String chainHead = audit.head().shortForm();

        Reachish reach = Reachish.of(media);
        CaseReport.Header header = new CaseReport.Header(settings.companyName(), l.store(in.storeCode()),
                in.caseNo(), in.title(), l.label("severity", in.severity()), ReportLabels.level(in.severity()),
                l.label("status", in.status()), reach.label(l), l.ref(RefItem.CATEGORY, in.category()),
                l.ref(RefItem.RISK_TYPE, in.riskType()), in.discoveredAt() != null ? in.discoveredAt() : in.createdAt(),
                in.closedAt());
        List<CaseReport.Person> customers = in.customerName() == null && in.customerPhone() == null ? List.of()
                : List.of(new CaseReport.Person(in.customerName(), in.customerPhone(), null));
        List<CaseReport.MediaContact> contacts = media.stream().map(m -> new CaseReport.MediaContact(m.outlet(),
                l.label("mediaKind", m.kind()), l.label("medium", m.medium()), l.label("reach", m.reach()),
                m.journalistName(), m.journalistPhone(), m.receivedAt(), m.journalistDeadline(),
                m.interviewOutline())).toList();
        return new CaseReport(header, null, in.description(), customers, contacts, undercover(in.signs(), l),
                escalation(route, steps, l), stepRows(steps), new TimelineLines(l, stepTitles(allSteps), clock.getZone())
                        .lines(queries.timeline(incidentId)),
                replies(finals, media, l), recorded(steps, "SOLUTION"),
                recorded(steps, "CARRY_OUT"),
                review == null ? null : new CaseReport.Review(review.whatHappened(), review.whatWorked(),
                        review.whatToChange()),
                attachments(queries.attachments(incidentId)), chainHead, actor.name(), clock.getZone(), false);
    }

    private static java.util.Map<String, String> stepTitles(List<ComplianceRecord> steps) {
        java.util.Map<String, String> titles = new java.util.HashMap<>();
        steps.forEach(r -> titles.putIfAbsent(r.stepKey(), r.title()));
        return titles;
    }

    private static CaseReport.Undercover undercover(UndercoverSigns s, ReportLabels l) {
        if (s == null) {
            return null;
        }
        String guidance = s.showsGuidance()
                ? l.get("undercover.guidance.reception") + "\n" + l.get("undercover.guidance.response") : null;
        return new CaseReport.Undercover(s.identityUnclear(), s.noEmotion(), s.oddMovement(), s.professional(),
                guidance);
    }

    private static CaseReport.Escalation escalation(Optional<EscalationRoute> route, List<ComplianceRecord> steps,
                                                    ReportLabels l) {
        Optional<ComplianceRecord> report = steps.stream().filter(r -> Step.REPORT.equals(r.stepKey())).findFirst();
        if (route.isEmpty() && report.isEmpty()) {
            return null;
        }
        boolean chinese = l.messages().locale().getLanguage().equals(Locale.CHINESE.getLanguage());
        String name = route.map(r -> chinese ? r.nameZh() : r.nameEn()).orElse(null);
        List<String> departments = route.map(EscalationRoute::departmentList).orElse(List.of());
        return new CaseReport.Escalation(name, departments, report.map(ComplianceRecord::completedAt).orElse(null),
                report.map(r -> Recorded.describe(r.recorded())).orElse(null));
    }

    private static List<CaseReport.StepRow> stepRows(List<ComplianceRecord> steps) {
        List<CaseReport.StepRow> rows = new ArrayList<>();
        for (ComplianceRecord r : steps) {
            CaseReport.StepState state = switch (r.outcome()) {
                case ON_TIME, OVERDUE -> CaseReport.StepState.DONE;
                case SKIPPED -> CaseReport.StepState.SKIPPED;
                default -> CaseReport.StepState.OPEN;
            };
            Duration late = r.lateBy() == null || r.lateBy().isNegative() ? Duration.ZERO : r.lateBy();
            rows.add(new CaseReport.StepRow(r.stepNo(), r.title(), r.deadline(), r.completedAt(), state, late,
                    r.skipReason(), org.crisisdesk.checklist.Checklist.MEDIA.equals(r.templateCode())));
        }
        return rows;
    }

    private static String recorded(List<ComplianceRecord> steps, String key) {
        return steps.stream().filter(r -> key.equals(r.stepKey()) && r.completedAt() != null)
                .map(r -> Recorded.describe(r.recorded())).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private List<CaseReport.FinalReply> replies(List<Draft> finals, List<MediaContact> media, ReportLabels l) {
        List<CaseReport.FinalReply> out = new ArrayList<>();
        for (Draft d : finals) {
            int block = 0;
            int warn = 0;
            for (Hit hit : checker.check(d.text() == null ? "" : d.text())) {
                if (hit.severity() == Severity.BLOCK) {
                    block++;
                } else {
                    warn++;
                }
            }
            String recipient = media.stream().filter(m -> d.mediaContactId() != null && m.id() == d.mediaContactId())
                    .findFirst().map(m -> m.journalistName() == null ? m.outlet() : m.outlet() + " · " + m.journalistName())
                    .orElse(d.title());
            out.add(new CaseReport.FinalReply(l.label("drafting.kind", d.kind()), recipient, d.finalisedAt(),
                    d.finalisedBy(), d.text(), block, warn));
        }
        return out;
    }

    private List<CaseReport.Attachment> attachments(List<org.crisisdesk.cases.Attachment> list) {
        List<CaseReport.Attachment> out = new ArrayList<>();
        for (org.crisisdesk.cases.Attachment a : list) {
            if (a.erased()) { // no file, name or digest left: listed so the report says what became of it
                out.add(new CaseReport.Attachment(messages.get("report.attachment.erased"), a.sizeBytes(), "",
                        a.contentType(), false, null));
                continue;
            }
            String name = a.originalName();
            byte[] image = null;
            Path file;
            try {
                file = files.path(a.sha256());
            } catch (IllegalArgumentException e) {
                file = null;
            }
            if (file == null || !Files.isRegularFile(file)) {
                name = name + " " + messages.get("report.attachment.missing");
            } else if (a.contentType() != null && a.contentType().startsWith("image/")
                    && a.sizeBytes() <= MAX_IMAGE_BYTES) {
                try {
                    image = Files.readAllBytes(file);
                } catch (IOException | SecurityException e) {
                    name = name + " " + messages.get("report.attachment.missing");
                }
            }
            out.add(new CaseReport.Attachment(name, a.sizeBytes(), a.sha256(), a.contentType(), a.personalData(),
                    image));
        }
        return out;
    }
}
