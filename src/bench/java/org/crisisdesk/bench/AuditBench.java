package org.crisisdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.AuditEvent;
import org.crisisdesk.operators.AuditLog;
import org.crisisdesk.operators.PinHasher;
import org.crisisdesk.store.Database;
import org.crisisdesk.store.DatabaseConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Audit append (one entry, own transaction, H2 file with WRITE_DELAY=0), verify of 10,000
 * entries, and one PIN check at 600,000 PBKDF2 iterations.
 * {@code mvn -Pbench -o test-compile exec:exec -Dbench.args=AuditBench}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 3)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AuditBench {
    private Database db;
    private AuditLog log;
    private final Actor actor = new Actor("王主管", Actor.Role.SUPERVISOR);
    private final PinHasher hasher = new PinHasher();
    private String hash;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Path dir = Files.createTempDirectory("audit-bench");
        db = Database.open(DatabaseConfig.h2(dir));
        log = new AuditLog(db.jdbi(), Clock.systemUTC());
        for (int i = 0; i < 10_000; i++) {
            log.append(AuditEvent.of(actor, "CASE_EDIT").on("incident", i % 50).inCase((long) (i % 50))
                    .field("description").textChange("旧" + i, "新" + i));
        }
        hash = hasher.hash("246810".toCharArray());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        db.close();
    }

    @Benchmark
    public Object append() {
        return log.append(AuditEvent.of(actor, "CASE_EDIT").on("incident", 1).inCase(1L).field("status")
                .change("OPEN", "CLOSED"));
    }

    @Benchmark
    public Object verify() {
        return log.verify();
    }

    @Benchmark
    public boolean pinCheck() {
        return hasher.verify("246810".toCharArray(), hash);
    }
}
