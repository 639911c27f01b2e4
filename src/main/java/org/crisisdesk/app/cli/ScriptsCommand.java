package org.crisisdesk.app.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.crisisdesk.app.wiring.AuditLogTrail;
import org.crisisdesk.checker.RuleRepository;
import org.crisisdesk.checker.RuleService;
import org.crisisdesk.common.Messages;
import org.crisisdesk.common.UserException;
import org.crisisdesk.operators.AuditLog;
import org.crisisdesk.scripts.ImportPlan;
import org.crisisdesk.scripts.PackEntry;
import org.crisisdesk.scripts.PackJson;
import org.crisisdesk.scripts.PackService;
import org.crisisdesk.scripts.Reasons;
import org.crisisdesk.scripts.Script;
import org.crisisdesk.scripts.ScriptService;
import org.crisisdesk.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code scripts export [--out FILE] [--code CODE...]} and {@code scripts import FILE [--dry-run]}: script packs. */
@Command(name = "scripts", mixinStandardHelpOptions = true,
        subcommands = {ScriptsCommand.Export.class, ScriptsCommand.Import.class})
final class ScriptsCommand extends GroupCommand {

    static PackService packs(Database db) {
        Clock clock = Clock.systemUTC();
        return new PackService(db.jdbi(), scripts(db), clock);
    }

    static ScriptService scripts(Database db) {
        Clock clock = Clock.systemUTC();
        RuleService rules = new RuleService(new RuleRepository(db.jdbi(), clock));
        // the subcommand's writes (import, approve...) enter the audit log like the desk's
        return new ScriptService(db.jdbi(), rules::checker, clock, new AuditLogTrail(new AuditLog(db.jdbi(), clock)));
    }

    @Command(name = "export", mixinStandardHelpOptions = true)
    static final class Export implements Callable<Integer> {
        @ParentCommand
        ScriptsCommand parent;

        @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
        Path out;

        @Option(names = "--code", paramLabel = "CODE", split = ",", description = "Only these scripts (codes, comma separated).")
        Set<String> codes;

        @Override
        public Integer call() {
            RootCommand root = parent.root;
            String json;
            int count;
            try (Database db = root.openDatabase()) {
                List<Long> ids = codes == null ? null
                        : scripts(db).list().stream().filter(s -> codes.contains(s.code())).map(Script::id).toList();
                json = packs(db).export(ids);
                count = PackJson.read(json).size();
            }
            return root.writeExport(json, out, "scripts.pack.unwritable", "scripts.cli.export.done", count);
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {
        @ParentCommand
        ScriptsCommand parent;

        @Parameters(paramLabel = "FILE", description = "A pack written by 'scripts export'.")
        Path file;

        @Option(names = "--dry-run", description = "Only print what would change; write nothing.")
        boolean dryRun;

        @Option(names = "--take-pack", paramLabel = "CODE", split = ",",
                description = "For these conflicting scripts take the pack's text over the local edit (kept as a version).")
        Set<String> takePack = Set.of();

        @Option(names = "--operator", paramLabel = "NAME", descriptionKey = "scripts.cli.operator")
        String operator;

        @Override
        public Integer call() {
            RootCommand root = parent.root;
            List<PackEntry> entries;
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                entries = PackJson.read(reader);
            } catch (IOException e) {
                throw new UserException(e, "scripts.pack.unreadable", file + ": " + e.getMessage());
            }
            try (Database db = root.openDatabase()) {
                PackService packs = packs(db);
                ImportPlan plan = dryRun ? packs.plan(entries, takePack) : packs.apply(entries, takePack,
                        root.writer(db, operator, org.crisisdesk.operators.Permissions.Action.IMPORT_SCRIPT_PACK));
                print(plan, root.messages(), root);
                root.out().println(root.messages().get(dryRun ? "scripts.cli.import.dryRun" : "scripts.cli.import.done"));
            }
            root.out().flush();
            return 0;
        }

        private static void print(ImportPlan plan, Messages m, RootCommand root) {
            for (ImportPlan.Item i : plan.items()) {
                if (i.kind() == ImportPlan.Kind.UNCHANGED) {
                    continue;
                }
                String suffix = i.draftReason() == null ? ""
                        : m.get("scripts.cli.draftSuffix", Reasons.localize(i.draftReason(), m));
                root.out().println(m.get("scripts.cli.plan.item", m.get(i.kind().labelKey()), i.entry().code(),
                        i.entry().title(), suffix));
            }
            root.out().println(m.get("scripts.cli.plan", plan.count(ImportPlan.Kind.NEW),
                    plan.count(ImportPlan.Kind.UPDATED), plan.count(ImportPlan.Kind.CONFLICT),
                    plan.count(ImportPlan.Kind.UNCHANGED)));
        }
    }
}
