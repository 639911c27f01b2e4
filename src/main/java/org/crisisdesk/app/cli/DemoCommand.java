package org.crisisdesk.app.cli;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.crisisdesk.app.demo.DemoData;
import org.crisisdesk.cases.AttachmentStore;
import org.crisisdesk.cases.CaseService;
import org.crisisdesk.store.DataDirectory;
import org.crisisdesk.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code demo}: fills an empty database with the demo data set; refuses a database holding other cases. */
@Command(name = "demo", mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    /** Tests replace it to pin "now". */
    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() {
        var m = root.messages();
        try (Database db = root.openDatabase()) {
            AttachmentStore files = new AttachmentStore(DataDirectory.attachments(root.dataDir()));
            DemoData demo = new DemoData(db.jdbi(), clock, at -> new CaseService(db.jdbi(), at, files, List.of()));
            DemoData.Result r = demo.load(root.actor());
            root.out().println(m.get("cli.demo.loaded", r.incidents(), r.mediaContacts(), r.notes(), r.attachments()));
            root.out().println(m.get("cli.demo.next"));
            root.out().flush();
        }
        return 0;
    }
}
