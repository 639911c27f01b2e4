package org.crisisdesk.bench;

import java.util.List;
import org.crisisdesk.checker.CompiledChecker;
import org.crisisdesk.checker.Rule;

/**
 * Cold figures in a fresh JVM, which JMH's warmed-up loop cannot show: time to load and compile the
 * rules, the first check after that, and the heap the compiled rules hold. Run with
 * {@code mvn -B -Pbench test-compile exec:exec -Dbench.main=org.crisisdesk.bench.CheckerColdProbe -Dbench.args=x}.
 */
public final class CheckerColdProbe {
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private CheckerColdProbe() {
    }

    public static void main(String[] args) throws Exception {
        String draft = CheckerBenchData.draft(2000);
        List<String> extra = CheckerBenchData.extraTerms(5000);
        long heapBefore = usedHeap();
        long t0 = System.nanoTime();
        List<Rule> rules = CheckerBenchData.rules(extra);
        CompiledChecker checker = CompiledChecker.compile(rules);
        long t1 = System.nanoTime();
        long cpu1 = THREADS.getCurrentThreadCpuTime();
        int hits = checker.check(draft).size();
        long cpu2 = THREADS.getCurrentThreadCpuTime();
        long t2 = System.nanoTime();
        checker.check(draft);
        long t3 = System.nanoTime();
        long heapAfter = usedHeap();
        System.out.printf("rules load+compile+examples: %.1f ms%n", (t1 - t0) / 1e6);
        System.out.printf("cold first check (2,000 chars, %d hits): %.2f ms wall, %.2f ms thread CPU%n", hits,
                (t2 - t1) / 1e6, (cpu2 - cpu1) / 1e6);
        System.out.printf("second check: %.2f ms%n", (t3 - t2) / 1e6);
        System.out.printf("heap held by compiled rules (incl. char table): %.1f MB, %d states%n",
                (heapAfter - heapBefore) / 1048576.0, checker.stateCount());
        if (checker.rules().isEmpty()) {
            System.out.println("unreachable"); // keeps the checker alive until after the heap reading
        }
    }

    private static long usedHeap() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
