package org.crisisdesk.app.single;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A second launch's end of the channel: finds the running desk of a data folder through
 * {@code desk.port} and {@code desk.token}. Empty when nothing answers (no desk, or a stale port
 * file left by a crash): the caller then goes on as if it were alone, and the database's own lock
 * decides.
 */
public final class DeskClient {
    private static final int CONNECT_TIMEOUT_MS = 1500;
    private static final int FRONT_TIMEOUT_MS = 5000;

    private DeskClient() {
    }

    /** Asks the running desk to bring its window to the front. */
    public static boolean bringToFront(Path dataDir) {
        return send(dataDir, Wire.FRONT, List.of(), FRONT_TIMEOUT_MS).isPresent();
    }

    /**
     * Hands a command line to the running desk and waits for its output and exit code. The
     * resolved data folder is passed along so the desk runs it on the same folder.
     */
    public static Optional<CommandReply> run(Path dataDir, String[] args) {
        List<String> forwarded = new ArrayList<>();
        boolean hasDataDir = List.of(args).stream().anyMatch(a -> a.equals("--data-dir") || a.startsWith("--data-dir="));
        if (!hasDataDir) {
            forwarded.add("--data-dir");
            forwarded.add(dataDir.toString());
        }
        forwarded.addAll(List.of(args));
        return send(dataDir, Wire.RUN, forwarded, 0);
    }

    private static Optional<CommandReply> send(Path dataDir, String kind, List<String> args, int readTimeoutMs) {
        Optional<Integer> port = readPort(dataDir);
        if (port.isEmpty()) {
            return Optional.empty();
        }
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port.get()), CONNECT_TIMEOUT_MS);
            s.setSoTimeout(readTimeoutMs);
            String token = Files.readString(dataDir.resolve(DeskChannel.TOKEN_FILE)).strip();
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(s.getOutputStream()));
            Wire.writeRequest(out, new Wire.Request(token, kind, args));
            return Optional.of(Wire.readReply(new DataInputStream(new BufferedInputStream(s.getInputStream()))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> readPort(Path dataDir) {
        try {
            int p = Integer.parseInt(Files.readString(dataDir.resolve(DeskChannel.PORT_FILE)).strip());
            return p > 0 && p < 65536 ? Optional.of(p) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
