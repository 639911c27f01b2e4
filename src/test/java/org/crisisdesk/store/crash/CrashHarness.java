package org.crisisdesk.store.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.crisisdesk.store.DataDirectory;
import org.crisisdesk.store.Database;
import org.crisisdesk.store.DatabaseConfig;

/**
 * Runs {@link CrashWriter} in a child JVM, kills it with SIGKILL at a random moment and checks
 * that every change it acknowledged is in the database, which must also pass a full
 * consistency check ({@code SCRIPT TO}).
 */
final class CrashHarness {
    /** What one run of kills showed; {@code lost} names every acknowledged change that was not found. */
    record Figures(int kills, long acknowledged, long millis, List<String> lost) {
    }

    /** One kill: the changes acknowledged before it and when it landed (to tell kills during open apart). */
    private record Kill(List<String> acks, String moment) {
    }

    private static final String H2_FILE = "crisisdesk.mv.db";

    private CrashHarness() {
    }

    static Figures run(Path dataDir, int kills, long seed) throws Exception {
        Random random = new Random(seed);
        long acknowledged = 0;
        long started = System.nanoTime();
        List<String> lost = new ArrayList<>();
        for (int k = 0; k < kills; k++) {
            Kill kill = killOnce(dataDir, random);
            List<String> acks = kill.acks();
            acknowledged += acks.size();
            // the file exactly as the kill left it, before our own open recovers and compacts it
            Path asLeft = dataDir.resolve("kill-" + k + ".mv.db");
            if (Files.exists(dataDir.resolve(H2_FILE))) { // not yet created when the first kill lands early
                Files.copy(dataDir.resolve(H2_FILE), asLeft);
            }
            List<String> missing = missing(dataDir, acks);
            if (missing.isEmpty()) {
                Files.deleteIfExists(asLeft);
            } else {
                lost.add("kill " + k + " (" + kill.moment() + "): missing " + missing
                        + (missing.equals(acks.subList(acks.size() - 1, acks.size())) ? " (the last acknowledgement)"
                        : " of " + acks) + ", file as left: " + asLeft);
            }
        }
        return new Figures(kills, acknowledged, (System.nanoTime() - started) / 1_000_000, lost);
    }

    private static Kill killOnce(Path dataDir, Random random) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dcrash.urlSuffix=" + System.getProperty("crash.urlSuffix", ""),
                "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(),
                dataDir.toString(), String.valueOf(random.nextLong()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> acks = new ArrayList<>();
        String moment;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            int killAfter = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(12);
            if (killAfter > 0) {
                assertEquals("READY", in.readLine(), "child did not start");
            } // else: kill it while it opens (and recovers) the database
            while (acks.size() < killAfter && (line = in.readLine()) != null) {
                acks.add(line);
            }
            // a random extra moment so the kill lands anywhere inside a save, sync or print
            long spin = killAfter == 0 ? random.nextLong(3_000_000_000L) : random.nextInt(30_000_000);
            long until = System.nanoTime() + spin;
            while (System.nanoTime() < until) {
                java.util.concurrent.locks.LockSupport.parkNanos(Math.min(1_000_000, until - System.nanoTime()));
            }
            moment = killAfter == 0 ? spin / 1_000_000 + " ms after start, maybe while opening"
                    : spin / 1_000_000 + " ms after acknowledgement " + killAfter;
            // SIGKILL on Linux and macOS; through the handle, which (unlike Process.destroyForcibly)
            // leaves our end of the pipe open so the lines already written can still be read
            child.toHandle().destroyForcibly();
            while ((line = in.readLine()) != null) {
                if (line.indexOf(' ') > 0 && !line.startsWith("READY")) {
                    acks.add(line); // printed (so acknowledged) before the kill landed
                }
            }
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        return new Kill(acks, moment);
    }

    /** The acknowledged changes not found after the kill; the consistency check must pass regardless. */
    private static List<String> missing(Path dataDir, List<String> acks) throws IOException {
        List<String> missing = new ArrayList<>();
        try (Database db = Database.open(DatabaseConfig.h2(dataDir))) {
            db.jdbi().useHandle(h -> {
                for (String ack : acks) {
                    String[] p = ack.split(" ");
                    long id = Long.parseLong(p[1]);
                    boolean there = switch (p[0]) {
                        case "C" -> count(h, "SELECT COUNT(*) FROM incident WHERE id = ?", id) == 1;
                        // the incident itself may be lost too: count that as missing, not as an error
                        case "F" -> h.select("SELECT version FROM incident WHERE id = ?", id).mapTo(Integer.class)
                                .findOne().orElse(0) >= Integer.parseInt(p[2]);
                        case "N" -> count(h, "SELECT COUNT(*) FROM timeline_entry WHERE id = ?", id) == 1;
                        case "A" -> count(h, "SELECT COUNT(*) FROM attachment WHERE id = ?", id) == 1
                                && Files.isRegularFile(DataDirectory.attachments(dataDir).resolve(p[2]));
                        default -> throw new AssertionError(ack);
                    };
                    if (!there) {
                        missing.add(ack);
                    }
                }
            });
            db.checkConsistency(Files.createTempDirectory("crash-check"));
        }
        return missing;
    }

    private static long count(org.jdbi.v3.core.Handle h, String sql, long id) {
        return h.select(sql, id).mapTo(Long.class).one();
    }
}
