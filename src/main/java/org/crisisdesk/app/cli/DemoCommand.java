package org.crisisdesk.app.cli;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.crisisdesk.app.Desk;
import org.crisisdesk.app.demo.DemoData;
import org.crisisdesk.app.demo.DemoOperators;
import org.crisisdesk.app.demo.DemoChecklists;
import org.crisisdesk.common.Actor;
import org.crisisdesk.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code demo}: fills an empty database with the demo data set — cases, media contacts, running
 * checklists in every state and demo operators (PINs in README), all on the audit chain as the
 * demo supervisor. Refuses any database that holds other data.
 */
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
            Desk desk = new Desk(db, root.dataDir(), clock, m);
            DemoData demo = new DemoData(db.jdbi(), clock, desk::casesAt);
            if (demo.state() == DemoData.State.EMPTY) {
                DemoOperators.refuseUnlessEmpty(desk); // cases say "already loaded" first; operators only then
            }
            // written as the demo supervisor, so the audit chain names a demo operator rather than 命令行;
            // the operators themselves are created last, keeping the chain's times in order
            Actor author = DemoOperators.author();
            DemoData.Result r = demo.load(author);
            List<String> states = new DemoChecklists(desk).seed(author);
            List<String> operators = DemoOperators.create(desk);
            root.out().println(m.get("cli.demo.loaded", r.incidents(), r.mediaContacts(), r.notes(), r.attachments()));
            root.out().println(m.get("cli.demo.checklists", String.join("、", states)));
            root.out().println(m.get("cli.demo.operators", String.join(";", operators)));
            root.out().println(m.get("cli.demo.next"));
            root.out().flush();
        }
        return 0;
    }
}
