package org.crisisdesk.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * For the start-up benchmark only ({@code -Dcrisisdesk.startupProbe=true}): prints, once the first
 * screen is interactive, the time since the JVM started and the resident memory. Not user-facing.
 */
final class StartupProbe {
    static final String PROPERTY = "crisisdesk.startupProbe";

    private StartupProbe() {
    }

    static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    static void report(String what) {
        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.err.println("startup-probe " + what + " ms=" + ms + " rss-kb=" + rssKb());
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
