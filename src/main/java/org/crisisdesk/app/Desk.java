package org.crisisdesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.crisisdesk.app.wiring.AuditCaseHooks;
import org.crisisdesk.app.wiring.AuditLogTrail;
import org.crisisdesk.app.wiring.CasePlaceholders;
import org.crisisdesk.app.wiring.ChecklistCaseHooks;
import org.crisisdesk.app.wiring.EscalationLookup;
import org.crisisdesk.app.wiring.FinalReplyToChecklist;
import org.crisisdesk.cases.AttachmentStore;
import org.crisisdesk.cases.CaseQueries;
import org.crisisdesk.cases.CaseService;
import org.crisisdesk.cases.Escalation;
import org.crisisdesk.checker.PhraseChecker;
import org.crisisdesk.checker.RuleRepository;
import org.crisisdesk.checker.RuleService;
import org.crisisdesk.checklist.AlertMonitor;
import org.crisisdesk.checklist.ChecklistReportRows;
import org.crisisdesk.checklist.ChecklistService;
import org.crisisdesk.checklist.TemplateService;
import org.crisisdesk.common.AuditTrail;
import org.crisisdesk.common.Messages;
import org.crisisdesk.drafting.DraftService;
import org.crisisdesk.operators.AuditLog;
import org.crisisdesk.operators.OperatorService;
import org.crisisdesk.operators.PinHasher;
import org.crisisdesk.settings.SettingsRepository;
import org.crisisdesk.store.DataDirectory;
import org.crisisdesk.store.Database;

/**
 * The composition root's plain half: every core service, wired once from an open database. The
 * window and the command line both build on it; nothing here knows about JavaFX.
 */
public final class Desk implements AutoCloseable {
    private final Database database;
    private final Path dataDir;
    private final Clock clock;
    private final Messages messages;
    private final SettingsRepository settings;
    private final CaseQueries caseQueries;
    private final AttachmentStore attachments;
    private final EscalationLookup escalationLookup;
    private final AuditLog audit;
    /** Drafting, checklist, scripts, rules and settings report their writes here (see AuditLogTrail). */
    private final AuditTrail trail;
    private final OperatorService operators;
    private final ChecklistService checklists;
    private final CaseService cases;
    private final RuleService rules;
    private final DraftService drafts;
    private final FinalReplyToChecklist finalReplies;
    private final CasePlaceholders placeholders;
    private final org.crisisdesk.scripts.ScriptService scripts;
    private final org.crisisdesk.scripts.PackService packs;
    /** Parsed once per run (about a second); {@link #preloadReportFonts()} does it in the background. */
    private final org.crisisdesk.reports.pdf.ReportFonts reportFonts = new org.crisisdesk.reports.pdf.ReportFonts();

    public Desk(Database database, Path dataDir, Clock clock, Messages messages) {
        this(database, dataDir, clock, messages, new PinHasher());
    }

    /** @param pins tests pass a hasher with few iterations so sign-in stays fast */
    public Desk(Database database, Path dataDir, Clock clock, Messages messages, PinHasher pins) {
        this.database = database;
        this.dataDir = dataDir;
        this.clock = clock;
        this.messages = messages;
        var jdbi = database.jdbi();
        this.audit = new AuditLog(jdbi, clock);
        this.trail = new AuditLogTrail(audit);
        this.settings = new SettingsRepository(jdbi, trail);
        this.caseQueries = new CaseQueries(jdbi);
        this.attachments = new AttachmentStore(DataDirectory.attachments(dataDir));
        this.escalationLookup = new EscalationLookup(jdbi, settings);
        this.operators = new OperatorService(jdbi, audit, pins, clock);
        this.checklists = new ChecklistService(jdbi, clock, escalationLookup, trail);
        this.cases = casesAt(clock);
        this.rules = new RuleService(new RuleRepository(jdbi, clock, trail));
        this.finalReplies = new FinalReplyToChecklist(checklists);
        this.drafts = new DraftService(jdbi, clock, finalReplies, trail);
        this.placeholders = new CasePlaceholders(caseQueries, settings, clock);
        this.scripts = new org.crisisdesk.scripts.ScriptService(jdbi, rules::checker, clock, trail);
        this.packs = new org.crisisdesk.scripts.PackService(jdbi, scripts, clock);
    }

    /**
     * A case service whose writes (and the checklist and audit entries they cause) carry the
     * given clock's time; the demo data set uses it to lay out a realistic history.
     */
    public CaseService casesAt(Clock at) {
        ChecklistService checklistAt = at == clock && checklists != null ? checklists
                : new ChecklistService(database.jdbi(), at, escalationLookup,
                        new AuditLogTrail(new AuditLog(database.jdbi(), at)));
        return new CaseService(database.jdbi(), at, attachments,
                List.of(new ChecklistCaseHooks(checklistAt), new AuditCaseHooks(new AuditLog(database.jdbi(), at))),
                database::sync);
    }

    public Escalation escalation() {
        return new Escalation(settings.routes(), settings.rules());
    }

    /** The phrase checker for the stored rules, recompiled after every rule change. */
    public PhraseChecker checker() {
        return rules.checker();
    }

    public Database database() {
        return database;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Clock clock() {
        return clock;
    }

    public Messages messages() {
        return messages;
    }

    public SettingsRepository settings() {
        return settings;
    }

    public CaseQueries caseQueries() {
        return caseQueries;
    }

    public CaseService cases() {
        return cases;
    }

    public ChecklistService checklists() {
        return checklists;
    }

    public AlertMonitor alerts() {
        return new AlertMonitor(database.jdbi());
    }

    public ChecklistReportRows checklistRows() {
        return new ChecklistReportRows(database.jdbi());
    }

    public TemplateService templates() {
        return new TemplateService(database.jdbi(), trail);
    }

    public EscalationLookup escalationLookup() {
        return escalationLookup;
    }

    public AuditLog audit() {
        return audit;
    }

    public OperatorService operators() {
        return operators;
    }

    /** Erases personal data of cases closed before a cutoff (setting {@code retention.months}). */
    public org.crisisdesk.operators.RetentionService retention() {
        return retentionOn(database.jdbi(), audit, clock, dataDir);
    }

    /**
     * The retention service with this desk's erasers (drafts, personal attachments and their files
     * under {@code dataDir}, checklist text); also used on a freshly restored database.
     */
    public static org.crisisdesk.operators.RetentionService retentionOn(org.jdbi.v3.core.Jdbi jdbi, AuditLog audit,
                                                                       Clock clock, Path dataDir) {
        return new org.crisisdesk.operators.RetentionService(jdbi, audit, clock, List.of(
                new org.crisisdesk.drafting.DraftEraser(),
                new org.crisisdesk.cases.AttachmentEraser(jdbi, new AttachmentStore(DataDirectory.attachments(dataDir)),
                        clock),
                new org.crisisdesk.checklist.ChecklistEraser()));
    }

    /** Finding cases by a whole phone or name: staff and supervisors only, audited as a search. */
    public org.crisisdesk.cases.PersonalDataSearch personalSearch() {
        return new org.crisisdesk.cases.PersonalDataSearch(database.jdbi(), audit);
    }

    public org.crisisdesk.operators.RevealService reveal() {
        return new org.crisisdesk.operators.RevealService(database.jdbi(), audit);
    }

    public RuleService rules() {
        return rules;
    }

    public DraftService drafts() {
        return drafts;
    }

    /** Where status moves are offered after a final formal reply completes step 7 (the window). */
    public void setStatusOffers(org.crisisdesk.checklist.CaseStatusPort port) {
        finalReplies.setOffers(port);
    }

    /** PDF exports with the current rules, masking and audit chain head. */
    public org.crisisdesk.reports.ReportExports reports() {
        var caseAssembler = new org.crisisdesk.reports.assembly.CaseReportAssembler(database.jdbi(), attachments,
                rules.checker(), audit, messages, clock);
        var summaryAssembler = new org.crisisdesk.reports.assembly.SummaryReportAssembler(database.jdbi(), messages,
                clock);
        return new org.crisisdesk.reports.ReportExports(caseAssembler, summaryAssembler,
                new org.crisisdesk.reports.CaseReportPdf(messages, reportFonts),
                new org.crisisdesk.reports.SummaryReportPdf(messages, reportFonts), messages, clock);
    }

    /**
     * Runs the board's queries once and drops the results, while the sign-in screen waits for a PIN:
     * the first real board load then finds the database pages cached and the code compiled (at
     * 50,000 cases the cold load costs about 0.8 s of CPU, a warm one 0.07 s). Nothing is shown.
     */
    public void warmUp() {
        List<Long> ids = caseQueries.openCases().stream().map(org.crisisdesk.cases.CaseSummary::id).toList();
        checklists().currentStepFor(ids);
        checklists().dueSoon(clock.instant(), java.time.Duration.ofHours(1));
        caseQueries.closedCases(null, 0, 1);
    }

    public void preloadReportFonts() {
        reportFonts.preload();
    }

    /** Online backups of the database and attachments (H2); see README "Nothing lost". */
    public org.crisisdesk.store.BackupService backups() {
        return new org.crisisdesk.store.BackupService(database, dataDir, clock);
    }

    public org.crisisdesk.scripts.ScriptService scripts() {
        return scripts;
    }

    public org.crisisdesk.scripts.PackService packs() {
        return packs;
    }

    /** Approved scripts of the library, for the drafting workspace. */
    public org.crisisdesk.drafting.ScriptSource scriptSource() {
        return new org.crisisdesk.scripts.LibraryScriptSource(scripts, s -> messages.get(s.labelKey()));
    }

    public CasePlaceholders placeholders() {
        return placeholders;
    }

    @Override
    public void close() {
        try {
            reportFonts.close();
        } catch (java.io.IOException ignored) {
            // fonts are read-only resources; nothing to save
        }
        database.close();
    }
}
