package org.crisisdesk.app.single;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.crisisdesk.app.Main;
import org.crisisdesk.common.Messages;
import org.crisisdesk.store.Database;
import org.crisisdesk.store.DatabaseConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeskChannelTest {
    private static final Messages EN = new Messages(Locale.ENGLISH);

    @TempDir
    Path dir;

    @Test
    void aForwardedCommandIsAnsweredByTheRunningDeskWithTheSameOutputAndExitCode() throws Exception {
        AtomicInteger fronts = new AtomicInteger();
        try (Database desk = Database.open(DatabaseConfig.h2(dir));
             DeskChannel channel = DeskChannel.listen(dir, fronts::incrementAndGet, a -> Main.runInDesk(EN, a))) {
            assertEquals("rw-------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(dir.resolve(DeskChannel.TOKEN_FILE))));
            for (String[] args : List.of(new String[] {"info"}, new String[] {"cases", "list"},
                    new String[] {"cases", "show", "XX-0000-0000"})) {
                CommandReply forwarded = DeskClient.run(dir, args).orElseThrow();
                List<String> direct = new java.util.ArrayList<>(List.of("--data-dir", dir.toString()));
                direct.addAll(List.of(args));
                CommandReply inProcess = Main.runInDesk(EN, direct);
                assertEquals(inProcess, forwarded, String.join(" ", args));
            }
            assertTrue(DeskClient.run(dir, new String[] {"info"}).orElseThrow().out().contains("Schema"));
            assertTrue(DeskClient.bringToFront(dir));
            assertEquals(1, fronts.get());

            CommandReply restore = DeskClient.run(dir, new String[] {"restore", "x.zip"}).orElseThrow();
            assertEquals(Main.EXIT_USAGE, restore.exitCode());
            assertTrue(restore.err().contains("The desk is open"), restore.err());
            assertTrue(desk.schemaVersion().length() > 0);
        }
        assertFalse(Files.exists(dir.resolve(DeskChannel.PORT_FILE)), "the channel cleans up after itself");
    }

    @Test
    void aStalePortFileFromACrashDoesNotBlock() throws Exception {
        int deadPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadPort = s.getLocalPort();
        }
        Files.writeString(dir.resolve(DeskChannel.PORT_FILE), String.valueOf(deadPort));
        Files.writeString(dir.resolve(DeskChannel.TOKEN_FILE), "stale");
        assertFalse(DeskClient.bringToFront(dir));
        assertEquals(Optional.empty(), DeskClient.run(dir, new String[] {"info"}));
        // nothing holds the lock: the next desk opens normally and takes the channel over
        try (Database db = Database.open(DatabaseConfig.h2(dir));
             DeskChannel channel = DeskChannel.listen(dir, () -> { }, a -> Main.runInDesk(EN, a))) {
            assertEquals(String.valueOf(channel.port()), Files.readString(dir.resolve(DeskChannel.PORT_FILE)));
            assertTrue(DeskClient.bringToFront(dir));
        }
    }

    @Test
    void aClientWithoutTheTokenGetsNoAnswer() throws Exception {
        AtomicInteger fronts = new AtomicInteger();
        try (DeskChannel channel = DeskChannel.listen(dir, fronts::incrementAndGet, a -> new CommandReply(0, "", ""))) {
            Files.writeString(dir.resolve(DeskChannel.TOKEN_FILE), "guessed");
            assertFalse(DeskClient.bringToFront(dir));
            assertEquals(0, fronts.get());
        }
    }

    @Test
    void aSecondLaunchOfTheJarHandsItsSubcommandToTheRunningDesk() throws Exception {
        try (Database desk = Database.open(DatabaseConfig.h2(dir));
             DeskChannel channel = DeskChannel.listen(dir, () -> { }, a -> Main.runInDesk(EN, a))) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dcrisisdesk.lang=en", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "--data-dir", dir.toString(), "info")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), out);
            assertTrue(out.contains(desk.schemaVersion()), out);
        }
    }
}
