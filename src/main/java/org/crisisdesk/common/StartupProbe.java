package org.crisisdesk.common;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * For the start-up and board benchmarks only ({@code -Dcrisisdesk.startupProbe=true}): prints, once the first
 * screen is interactive, the time since the JVM started and the resident memory. Not user-facing.
 */
public final class StartupProbe {
    static final String PROPERTY = "crisisdesk.startupProbe";

    private StartupProbe() {
    }

    /**
     * {@code -Dcrisisdesk.exitAfterStart=true}: leave as soon as the first screen is up. The packaging
     * script starts the desk so once to list the classes a start loads, for the class-data archive.
     */
    public static boolean exitAfterStart() {
        return Boolean.getBoolean("crisisdesk.exitAfterStart");
    }

    public static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Prints one phase of the start (JVM start → {@code what}) when the probe is on; else nothing. */
    public static void mark(String what) {
        if (enabled()) {
            report(what);
        }
    }

    private static void report(String what) {
        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.err.println("startup-probe " + what + " ms=" + ms + " cpu-ms=" + cpuMs() + " rss-kb=" + rssKb());
    }

    /** CPU time of the whole process so far: comparable between runs even on a busy machine. */
    private static long cpuMs() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1_000_000 : -1;
    }

    private static String rssKb() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> l.replaceAll("\\D", "")).findFirst().orElse("?");
        } catch (Exception e) {
            return "?";
        }
    }
}
