package org.crisisdesk.app.cli;

import org.crisisdesk.cases.wording.CaseLabels;
import org.crisisdesk.cases.wording.TimelineText;

import java.time.Clock;
import java.util.Map;
import org.crisisdesk.checklist.ChecklistService;
import org.crisisdesk.common.Actor;
import org.crisisdesk.operators.AuditLog;
import org.crisisdesk.operators.RevealService;

import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.crisisdesk.cases.Attachment;
import org.crisisdesk.cases.CaseQueries;
import org.crisisdesk.cases.Escalation;
import org.crisisdesk.cases.Incident;
import org.crisisdesk.cases.MediaContact;
import org.crisisdesk.cases.TimelineEntry;
import org.crisisdesk.common.UserException;
import org.crisisdesk.settings.EscalationRoute;
import org.crisisdesk.settings.SettingsRepository;
import org.crisisdesk.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code cases show CASE_NO [--json] [--unmasked]}: every field, media contacts, timeline and attachments. */
@Command(name = "show", mixinStandardHelpOptions = true)
final class CasesShowCommand implements Callable<Integer> {
    @ParentCommand
    CasesCommand cases;

    @Parameters(index = "0", paramLabel = "CASE_NO", descriptionKey = "cases.caseNo")
    String caseNo;

    @Option(names = "--json", descriptionKey = "cases.json")
    boolean json;

    @Option(names = "--unmasked", descriptionKey = "cases.unmasked")
    boolean unmasked;

    /** Revealing personal data is an operator's audited act: name here, PIN on standard input. */
    @Option(names = "--operator", paramLabel = "NAME", descriptionKey = "cases.operator")
    String operator;

    ZoneId zone = ZoneId.systemDefault();

    @Override
    public Integer call() throws Exception {
        RootCommand root = cases.root;
        CaseJson.Detail detail;
        CaseLabels labels;
        Map<String, Object> checklist;
        if (unmasked && operator == null) {
            throw new UserException("cli.unmaskNeedsOperator");
        }
        try (Database db = cases.openIfPresent().orElseThrow(() -> new UserException("case.notFound", caseNo))) {
            CaseQueries queries = new CaseQueries(db.jdbi());
            Incident incident = queries.byCaseNo(caseNo)
                    .orElseThrow(() -> new UserException("case.notFound", caseNo.strip()));
            SettingsRepository settings = new SettingsRepository(db.jdbi());
            labels = new CaseLabels(root.messages(), settings, zone);
            List<MediaContact> media = queries.mediaContacts(incident.id());
            List<TimelineEntry> timeline = queries.timeline(incident.id());
            List<Attachment> files = queries.attachments(incident.id());
            if (unmasked) {
                Actor who = CliOperator.authenticate(root, db, operator, null);
                new RevealService(db.jdbi(), new AuditLog(db.jdbi(), Clock.systemDefaultZone())).reveal(who, incident.id());
            }
            EscalationRoute route = new Escalation(settings.routes(), settings.rules()).routeFor(media).orElse(null);
            checklist = new ChecklistService(db.jdbi(), Clock.systemDefaultZone(), (h, i) -> 1).json(incident.id());
            detail = new CaseDetails(labels, new Masking(!unmasked)).detail(incident, media, timeline, files, route);
        }
        if (json) {
            var tree = CaseJson.mapper().valueToTree(detail);
            ((com.fasterxml.jackson.databind.node.ObjectNode) tree).set("checklist",
                    CaseJson.mapper().valueToTree(checklist));
            root.out().println(CaseJson.mapper().writeValueAsString(tree));
        } else {
            new CaseDetailText(labels, root.out()).print(detail);
        }
        root.out().flush();
        return 0;
    }
}
