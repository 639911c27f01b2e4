package org.crisisdesk.app.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.crisisdesk.app.Main;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Actor.Role;
import org.crisisdesk.common.Messages;
import org.crisisdesk.common.UserException;
import org.crisisdesk.common.AuditEvent;
import org.crisisdesk.operators.AuditLog;
import org.crisisdesk.operators.OperatorService;
import org.crisisdesk.operators.PinHasher;
import org.crisisdesk.store.Database;
import org.crisisdesk.store.DatabaseConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AuditCommandTest {
    @TempDir
    Path dir;
    final Messages en = new Messages(Locale.ENGLISH);
    final StringWriter out = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine(en);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.execute(all);
    }

    @Test
    void verifyExitsZeroWhenIntactAndOneNamingTheFirstBadEntry() {
        try (Database db = Database.open(DatabaseConfig.h2(dir))) {
            AuditLog log = new AuditLog(db.jdbi(), Clock.systemUTC());
            for (int i = 0; i < 3; i++) {
                log.append(AuditEvent.of(new Actor("王主管", Role.SUPERVISOR), "CASE_EDIT").change(i, i + 1));
            }
        }
        assertEquals(0, run("audit", "verify"), out.toString());
        assertTrue(out.toString().startsWith("Audit log intact: 3 entries, head #3 · "), out.toString());
        try (Database db = Database.open(DatabaseConfig.h2(dir))) {
            db.jdbi().useHandle(h -> h.execute("UPDATE audit_entry SET operator = '别人' WHERE seq = 2"));
        }
        out.getBuffer().setLength(0);
        assertEquals(1, run("audit", "verify"));
        assertEquals("Audit log tampered with: entry 2 does not match (its content was edited).", out.toString().strip());
    }

    @Test
    void readOnlyCommandsOnAnEmptyFolderSaySoAndCreateNothing() {
        for (String[] args : new String[][] {{"audit", "verify"}, {"audit", "head"}, {"operators", "list"}}) {
            CliRun.Result r = CliRun.run(dir, args);
            assertEquals(2, r.exit(), String.join(" ", args));
            assertTrue(r.err().contains("还没有数据库"), r.err());
        }
        assertFalse(org.crisisdesk.store.DataDirectory.hasDatabase(dir), "nothing created");
    }

    @Test
    void cliOperatorSignsInWithThePinFromInput() {
        RootCommand root = Main.commandLine(en).getCommand();
        try (Database db = Database.open(DatabaseConfig.h2(dir))) {
            Clock clock = Clock.systemUTC();
            new OperatorService(db.jdbi(), new AuditLog(db.jdbi(), clock), new PinHasher(1000), clock)
                    .createFirstSupervisor("王主管", "246810".toCharArray());
            Actor a = CliOperator.authenticate(root, db, "王主管", new BufferedReader(new StringReader("246810\n")));
            assertEquals(new Actor("王主管", Role.SUPERVISOR), a);
            assertEquals("operators.wrongPin", assertThrows(UserException.class, () -> CliOperator.authenticate(root,
                    db, "王主管", new BufferedReader(new StringReader("999999\n")))).key());
            assertEquals("cli.operator.notFound", assertThrows(UserException.class, () -> CliOperator.authenticate(root,
                    db, "nobody", new BufferedReader(new StringReader("246810\n")))).key());
        }
    }

    @Test
    void helpDescribesTheSubcommands() {
        assertEquals(0, run("audit", "verify", "--help"));
        assertTrue(out.toString().contains("exit 0 when intact"), out.toString());
    }
}
