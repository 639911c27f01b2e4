package org.crisisdesk.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.crisisdesk.app.demo.DemoGenerator;
import org.crisisdesk.app.demo.DemoScenarios;
import org.crisisdesk.cases.BoardFilter;
import org.crisisdesk.cases.CaseQueries;
import org.crisisdesk.cases.CaseSummary;
import org.crisisdesk.settings.SettingsRepository;
import org.crisisdesk.settings.Store;
import org.crisisdesk.store.Database;
import org.crisisdesk.store.DatabaseConfig;

/**
 * The board with many cases (issue 2, "Benchmark"): fills an H2 file with generated incidents
 * (about 2% open) once, then measures the board load ({@code openCases}), the in-memory text
 * filter, a closed-case search page and the resident memory. A plain main, not a JMH run: the
 * figures are wall-clock times a user would feel, medians of repeated runs.
 *
 * <pre>
 * mvn -B -Pbench test-compile exec:exec -Dbench.main=org.crisisdesk.bench.BoardBenchmark \
 *     -Dbench.args="--incidents 50000 --dir target/bench-data"
 * </pre>
 * Generation happens only when the folder holds fewer cases; run twice and read the second run's
 * memory figure, which is free of the generator's garbage.
 */
public final class BoardBenchmark {
    private static final List<String> NEEDLES = List.of("沙发", "城市晚报", "甲醛", "退款", "sh01-2026", "张", "不存在的词语");

    private BoardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int incidents = 50_000;
        Path dir = Path.of("target/bench-data");
        double openShare = 0.02;
        List<String> a = args.length == 1 ? Arrays.asList(args[0].trim().split("\\s+")) : Arrays.asList(args);
        for (int i = 0; i + 1 < a.size(); i += 2) {
            switch (a.get(i)) {
                case "--incidents" -> incidents = Integer.parseInt(a.get(i + 1));
                case "--dir" -> dir = Path.of(a.get(i + 1));
                case "--open-share" -> openShare = Double.parseDouble(a.get(i + 1));
                default -> throw new IllegalArgumentException("unknown option " + a.get(i));
            }
        }
        Files.createDirectories(dir);
        System.out.printf("JVM: %s %s, options %s, %d CPUs%n", System.getProperty("java.vm.name"),
                System.getProperty("java.version"), ManagementFactory.getRuntimeMXBean().getInputArguments(),
                Runtime.getRuntime().availableProcessors());

        boolean generated = false;
        try (Database db = Database.open(DatabaseConfig.h2(dir.toAbsolutePath()))) {
            CaseQueries queries = new CaseQueries(db.jdbi());
            int existing = queries.countAll();
            if (existing < incidents) {
                long t0 = System.nanoTime();
                List<String> stores = new SettingsRepository(db.jdbi()).stores().stream().map(Store::code).toList();
                ZoneId zone = ZoneId.of("Asia/Shanghai");
                DemoGenerator generator = new DemoGenerator(DemoScenarios.load(), stores,
                        Clock.system(zone).instant(), 42, openShare, 0.4);
                new BulkLoader(db.dataSource(), zone).load(generator, incidents - existing);
                System.out.printf("generated %d incidents in %.1f s%n", incidents - existing, ms(t0) / 1000);
                generated = true;
            }
            printCounts(db);
            measure(queries);
            measureIndexedVariant(db);
        }
        if (generated) {
            System.out.println("(memory above includes the generator's garbage: run again for the board's own figure)");
        }
    }

    private static void measure(CaseQueries queries) {
        long t0 = System.nanoTime();
        List<CaseSummary> open = queries.openCases();
        double cold = ms(t0);
        List<Double> warm = new ArrayList<>();
        List<Double> warmCpu = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long t = System.nanoTime();
            double c = cpu();
            open = queries.openCases();
            warm.add(ms(t));
            warmCpu.add(cpu() - c);
        }
        System.out.printf("board load openCases(): %d open cases; first %.1f ms, then median %.1f ms wall (max %.1f),"
                + " median %.1f ms CPU%n", open.size(), cold, median(warm), Collections.max(warm), median(warmCpu));
        long[] rss = rss();
        System.out.printf("resident memory after the board loaded: VmRSS %d MB (peak VmHWM %d MB), heap used %d MB%n",
                rss[0] / 1024, rss[1] / 1024, usedHeap() / (1024 * 1024));

        List<Double> filter = new ArrayList<>();
        int matches = 0;
        for (int i = 0; i < 2000; i++) {
            BoardFilter f = new BoardFilter(NEEDLES.get(i % NEEDLES.size()), null, null, null, null);
            long t = System.nanoTime();
            matches += (int) open.stream().filter(f).count();
            filter.add(ms(t));
        }
        List<Double> steady = filter.subList(filter.size() / 2, filter.size());
        System.out.printf("text filter over the open cases (BoardFilter, %d needles): median %.3f ms, p99 %.3f ms,"
                + " first %.3f ms (%d matches)%n", NEEDLES.size(), median(steady), percentile(steady, 0.99),
                filter.get(0), matches);

        for (String needle : new ArrayList<>(List.of("沙发", "城市晚报", "甲醛", "不存在的词语", "x", ""))) {
            List<Double> times = new ArrayList<>();
            List<Double> cpus = new ArrayList<>();
            int found = 0;
            for (int i = 0; i < 5; i++) {
                long t = System.nanoTime();
                double c = cpu();
                found = queries.closedCases(needle.isEmpty() ? null : needle, 0, 50).size();
                times.add(ms(t));
                cpus.add(cpu() - c);
            }
            System.out.printf("closedCases(\"%s\", 0, 50): %d rows; first %.1f ms, median %.1f ms wall, %.1f ms CPU%n",
                    needle.isEmpty() ? "<none>" : needle, found, times.get(0), median(times), median(cpus));
        }
    }

    /**
     * The same board query with {@code status IN (open statuses)} instead of {@code <> 'CLOSED'}:
     * H2 then reads the status index instead of scanning every case. Printed for comparison only.
     */
    private static void measureIndexedVariant(Database db) {
        String open = "('NEW', 'VERIFYING', 'COORDINATING', 'SOLUTION_SET', 'REPLIED', 'CARRIED_OUT')";
        List<Double> times = new ArrayList<>();
        int rows = 0;
        for (int i = 0; i < 10; i++) {
            long t = System.nanoTime();
            rows = db.jdbi().withHandle(h -> {
                List<Long> ids = h.createQuery("SELECT i.id, i.case_no, i.title, i.store_code, i.status, i.severity,"
                                + " i.discovered_at, i.updated_at, i.customer_name, i.customer_phone, i.category,"
                                + " i.description, i.version FROM incident i WHERE i.status IN " + open
                                + " ORDER BY i.updated_at DESC")
                        .map((rs, c) -> rs.getLong("id")).list();
                int media = h.createQuery("SELECT m.* FROM media_contact m WHERE m.incident_id IN (<ids>)")
                        .bindList("ids", ids).mapToMap().list().size();
                return ids.size() + media * 0;
            });
            times.add(ms(t));
        }
        System.out.printf("for comparison, the board rows via the status index (status IN …): %d rows, median %.1f ms%n",
                rows, median(times));
    }

    private static void printCounts(Database db) {
        db.jdbi().useHandle(h -> System.out.printf("database: %d incidents (%d open), %d media contacts, %d timeline"
                        + " entries; file %d MB%n",
                h.createQuery("SELECT COUNT(*) FROM incident").mapTo(Integer.class).one(),
                h.createQuery("SELECT COUNT(*) FROM incident WHERE status <> 'CLOSED'").mapTo(Integer.class).one(),
                h.createQuery("SELECT COUNT(*) FROM media_contact").mapTo(Integer.class).one(),
                h.createQuery("SELECT COUNT(*) FROM timeline_entry").mapTo(Integer.class).one(),
                fileSize(db) / (1024 * 1024)));
    }

    private static long fileSize(Database db) {
        String url = db.config().url();
        String base = url.substring("jdbc:h2:file:".length(), url.indexOf(';') < 0 ? url.length() : url.indexOf(';'));
        try {
            return Files.size(Path.of(base + ".mv.db"));
        } catch (Exception e) {
            return -1;
        }
    }

    /** VmRSS and VmHWM in kB from /proc/self/status (Linux); -1 elsewhere. */
    private static long[] rss() {
        long[] out = {-1, -1};
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    out[0] = kb(line);
                } else if (line.startsWith("VmHWM:")) {
                    out[1] = kb(line);
                }
            }
        } catch (Exception e) {
            // not Linux: no figure
        }
        return out;
    }

    private static long kb(String line) {
        return Long.parseLong(line.replaceAll("\\D", ""));
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** CPU time of this thread in ms: on a busy machine closer to what an idle desk would see than wall time. */
    private static double cpu() {
        return THREADS.getCurrentThreadCpuTime() / 1e6;
    }

    private static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double median(List<Double> xs) {
        return percentile(xs, 0.5);
    }

    /** Nearest rank, {@code p} from 0 to 1; the board benchmarks share it. */
    static double percentile(List<Double> xs, double p) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(Math.min(s.size() - 1, (int) Math.floor(p * (s.size() - 1) + 0.5)));
    }

    static {
        Locale.setDefault(Locale.ROOT);
    }
}
