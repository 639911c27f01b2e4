package org.crisisdesk.app.cli;

import org.crisisdesk.cases.wording.CaseLabels;
import org.crisisdesk.cases.wording.TimelineText;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.crisisdesk.cases.CaseQueries;
import org.crisisdesk.cases.CaseStatus;
import org.crisisdesk.cases.CaseSummary;
import org.crisisdesk.common.UserException;
import org.crisisdesk.settings.SettingsRepository;
import org.crisisdesk.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code cases list [--json] [--status S] [--all] [--unmasked]}: open cases by default, newest change first. */
@Command(name = "list", mixinStandardHelpOptions = true)
final class CasesListCommand implements Callable<Integer> {
    private static final int TITLE_WIDTH = 30;
    private static final int MEDIA_WIDTH = 24;

    @ParentCommand
    CasesCommand cases;

    @Option(names = "--json", descriptionKey = "cases.json")
    boolean json;

    @Option(names = "--status", paramLabel = "STATUS", descriptionKey = "cases.status")
    String status;

    @Option(names = "--all", descriptionKey = "cases.all")
    boolean all;

    @Option(names = "--unmasked", descriptionKey = "cases.unmasked")
    boolean unmasked;

    ZoneId zone = ZoneId.systemDefault();

    @Override
    public Integer call() throws Exception {
        RootCommand root = cases.root;
        CaseStatus wanted = status == null ? null : parseStatus(status, root);
        List<CaseSummary> found = new ArrayList<>();
        Optional<Database> opened = cases.openIfPresent();
        CaseLabels labels = null;
        if (opened.isPresent()) {
            try (Database db = opened.get()) {
                CaseQueries queries = new CaseQueries(db.jdbi());
                if (wanted == null || wanted.isOpen()) {
                    found.addAll(queries.openCases());
                }
                if (wanted == CaseStatus.CLOSED || (wanted == null && all)) {
                    found.addAll(queries.closedCases(null, 0, Integer.MAX_VALUE));
                }
                labels = new CaseLabels(root.messages(), new SettingsRepository(db.jdbi()), zone);
            }
        }
        List<CaseSummary> shown = found.stream().filter(c -> wanted == null || c.status() == wanted).toList();
        Masking mask = new Masking(!unmasked);
        if (json) {
            List<CaseJson.Row> rows = new ArrayList<>();
            for (CaseSummary c : shown) {
                rows.add(row(c, labels, mask));
            }
            root.out().println(CaseJson.mapper().writeValueAsString(rows));
        } else {
            printTable(shown, labels, root);
        }
        root.out().flush();
        return 0;
    }

    private static CaseJson.Row row(CaseSummary c, CaseLabels l, Masking mask) {
        return new CaseJson.Row(c.caseNo(), c.status().name(), l.label("status", c.status()), c.severity().name(),
                l.label("severity", c.severity()), c.storeCode(), l.storeName(c.storeCode()), c.title(), c.category(),
                l.ref("CATEGORY", c.category()),
                mask.name(c.customerName()), mask.phone(c.customerPhone()), c.mediaCount(), c.firstOutlet(),
                c.topReach() == null ? null : c.topReach().name(), c.discoveredAt(), c.updatedAt());
    }

    private void printTable(List<CaseSummary> shown, CaseLabels l, RootCommand root) {
        var m = root.messages();
        if (shown.isEmpty()) {
            root.out().println(m.get("cli.cases.none"));
            return;
        }
        TextTable table = new TextTable(m.get("cli.cases.col.caseNo"), m.get("cli.cases.col.status"),
                m.get("cli.cases.col.severity"), m.get("cli.cases.col.store"), m.get("cli.cases.col.title"),
                m.get("cli.cases.col.media"), m.get("cli.cases.col.updated"));
        for (CaseSummary c : shown) {
            table.add(c.caseNo(), l.label("status", c.status()), l.label("severity", c.severity()), c.storeCode(),
                    TextTable.clip(c.title(), TITLE_WIDTH), TextTable.clip(badge(c, l), MEDIA_WIDTH),
                    l.time(c.updatedAt()));
        }
        table.print(root.out());
        root.out().println(m.get(all || status != null ? "cli.cases.count" : "cli.cases.countOpen", shown.size()));
    }

    /** The board card's media badge: first outlet and widest reach, "+N" for more outlets. */
    static String badge(CaseSummary c, CaseLabels l) {
        if (!c.hasMedia()) {
            return "";
        }
        String more = c.mediaCount() > 1 ? " +" + (c.mediaCount() - 1) : "";
        return c.firstOutlet() + more + "·" + l.label("reach", c.topReach());
    }

    /** A status code (VERIFYING, verifying) or its label in the user's language (核实中). */
    static CaseStatus parseStatus(String text, RootCommand root) {
        String s = text.strip();
        for (CaseStatus st : CaseStatus.values()) {
            if (st.name().equalsIgnoreCase(s) || root.messages().get(st.labelKey()).equals(s)) {
                return st;
            }
        }
        String valid = Arrays.stream(CaseStatus.values())
                .map(st -> st.name().toLowerCase(Locale.ROOT) + " (" + root.messages().get(st.labelKey()) + ")")
                .collect(Collectors.joining(", "));
        throw new UserException("cli.cases.badStatus", text, valid);
    }
}
