package org.crisisdesk.app.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import org.crisisdesk.common.Messages;
import org.crisisdesk.operators.AuditLog;
import org.crisisdesk.operators.AuditVerification;
import org.crisisdesk.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code audit verify} (exit 0 intact, 1 broken, naming the first bad entry) and {@code audit head}. */
@Command(name = "audit", mixinStandardHelpOptions = true, resourceBundle = "org.crisisdesk.i18n.operators",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Head.class})
public final class AuditCommand {
    /** Exit code when the chain does not verify. */
    public static final int EXIT_BROKEN = 1;

    @ParentCommand
    RootCommand root;

    @Command(name = "verify", mixinStandardHelpOptions = true)
    static final class Verify implements Callable<Integer> {
        @ParentCommand
        AuditCommand audit;

        @Override
        public Integer call() {
            RootCommand root = audit.root;
            Messages m = root.messages();
            try (Database db = root.existingDatabaseOrRefuse()) {
                AuditVerification v = new AuditLog(db.jdbi(), Clock.systemDefaultZone()).verify();
                if (v.ok()) {
                    root.out().println(m.get("audit.verify.ok", v.checked(), v.head().shortForm()));
                    root.out().flush();
                    return 0;
                }
                root.out().println(m.get("audit.verify.broken", v.firstBadSeq(), m.get("audit.problem." + v.problem())));
                root.out().flush();
                return EXIT_BROKEN;
            }
        }
    }

    @Command(name = "head", mixinStandardHelpOptions = true)
    static final class Head implements Callable<Integer> {
        @ParentCommand
        AuditCommand audit;

        @Override
        public Integer call() {
            RootCommand root = audit.root;
            try (Database db = root.existingDatabaseOrRefuse()) {
                var head = new AuditLog(db.jdbi(), Clock.systemDefaultZone()).head();
                root.out().println(root.messages().get("cli.audit.head", head.seq() + " " + head.hash()));
                root.out().flush();
                return 0;
            }
        }
    }
}
