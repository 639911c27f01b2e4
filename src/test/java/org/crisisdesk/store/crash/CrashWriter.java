package org.crisisdesk.store.crash;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.crisisdesk.cases.AttachmentStore;
import org.crisisdesk.cases.CaseService;
import org.crisisdesk.cases.Honorific;
import org.crisisdesk.cases.Incident;
import org.crisisdesk.cases.IncidentField;
import org.crisisdesk.cases.NewIncident;
import org.crisisdesk.cases.Severity;
import org.crisisdesk.cases.UndercoverSigns;
import org.crisisdesk.common.Actor;
import org.crisisdesk.store.DataDirectory;
import org.crisisdesk.store.Database;
import org.crisisdesk.store.DatabaseConfig;

/**
 * The child process of the crash test: saves changes through the real {@link CaseService} in a
 * loop, as the desk does (save, then {@link Database#sync()}), and prints one line per acknowledged
 * change to stdout only after the save returned. Runs until killed.
 *
 * <p>Lines: {@code C id}, {@code F id version title}, {@code N entryId}, {@code A attachmentId sha256}.
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        Actor actor = new Actor("crash-test", Actor.Role.SUPERVISOR);
        Clock clock = Clock.systemUTC();
        Path scratch = Files.createTempDirectory("crash-attach");
        DatabaseConfig h2 = DatabaseConfig.h2(dataDir);
        // experiments with H2 settings: -Dcrash.urlSuffix=;RETENTION_TIME=... (the soak passes it on)
        DatabaseConfig config = new DatabaseConfig(h2.url() + System.getProperty("crash.urlSuffix", ""), h2.user(),
                h2.password());
        try (Database db = Database.open(config)) {
            CaseService cases = new CaseService(db.jdbi(), clock,
                    new AttachmentStore(DataDirectory.attachments(dataDir)), List.of());
            out.println("READY");
            out.flush();
            Incident current = null;
            for (long n = 0; ; n++) {
                int op = current == null ? 0 : random.nextInt(4);
                String line;
                switch (op) {
                    case 0 -> {
                        current = cases.create(newIncident(clock.instant(), n), List.of(), actor);
                        line = "C " + current.id();
                    }
                    case 1 -> {
                        String title = "标题 " + n + " " + "改".repeat(random.nextInt(40));
                        current = cases.updateField(current.id(), current.version(), IncidentField.TITLE, title,
                                actor, null);
                        line = "F " + current.id() + " " + current.version() + " " + n;
                    }
                    case 2 -> line = "N " + cases.addNote(current.id(), "记录 " + n + " " + "字".repeat(
                            random.nextInt(500)), actor).id();
                    default -> {
                        Path f = scratch.resolve("file-" + n + ".txt");
                        byte[] body = new byte[1 + random.nextInt(20_000)];
                        random.nextBytes(body);
                        Files.write(f, body);
                        var a = cases.attach(current.id(), f, false, actor);
                        Files.delete(f);
                        line = "A " + a.id() + " " + a.sha256();
                    }
                }
                db.sync();
                out.println(line);
                out.flush();
            }
        }
    }

    static NewIncident newIncident(Instant now, long n) {
        return new NewIncident("SH01", "崩溃测试 " + n, "ONSITE", now.minusSeconds(3600), "张丽", Honorific.MS,
                "13800138000", "QUALITY", "NEGATIVE_REVIEW", "进程随时会被杀死。", Severity.III, "王主管",
                UndercoverSigns.NONE);
    }
}
