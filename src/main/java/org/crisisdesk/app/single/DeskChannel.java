package org.crisisdesk.app.single;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * The running desk's end of the single-instance channel: a loopback TCP port (127.0.0.1 only)
 * written to {@code <dataDir>/desk.port}, guarded by a random token in {@code <dataDir>/desk.token}
 * that only the user can read where the file system allows. A second launch asks the desk to come
 * to the front, or hands it a subcommand to run in-process (see {@link DeskClient}).
 *
 * <p>Files left by a crash do no harm: a second launch that cannot connect starts normally, and
 * the next desk overwrites them.
 */
public final class DeskChannel implements AutoCloseable {
    public static final String PORT_FILE = "desk.port";
    public static final String TOKEN_FILE = "desk.token";

    private final Path dataDir;
    private final ServerSocket server;
    private final byte[] token;
    private final Runnable toFront;
    private final Function<List<String>, CommandReply> runner;
    private final ExecutorService workers;

    private DeskChannel(Path dataDir, ServerSocket server, String token, Runnable toFront,
                        Function<List<String>, CommandReply> runner) {
        this.dataDir = dataDir;
        this.server = server;
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.toFront = toFront;
        this.runner = runner;
        this.workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "desk-channel");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts listening for the desk on {@code dataDir}.
     *
     * @param toFront called (on a channel thread) when a second launch wants the window; the
     *     desk hops to the FX thread itself
     * @param runner runs a forwarded command line in-process, e.g. {@code org.crisisdesk.app.Main::runInDesk}
     */
    public static DeskChannel listen(Path dataDir, Runnable toFront, Function<List<String>, CommandReply> runner)
            throws IOException {
        ServerSocket server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        DeskChannel channel = new DeskChannel(dataDir, server, token, toFront, runner);
        try {
            // token first: a client that sees the port file can always read the matching token
            writePrivate(dataDir.resolve(TOKEN_FILE), token);
            writePrivate(dataDir.resolve(PORT_FILE), String.valueOf(server.getLocalPort()));
        } catch (IOException e) {
            server.close();
            throw e;
        }
        channel.workers.execute(channel::acceptLoop);
        return channel;
    }

    public int port() {
        return server.getLocalPort();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                workers.execute(() -> serve(s));
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                // one failed accept must not end the channel
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setSoTimeout(10_000);
            DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
            Wire.Request request = Wire.readRequest(in);
            if (!MessageDigest.isEqual(token, request.token().getBytes(StandardCharsets.UTF_8))) {
                return; // not someone who can read our data folder: say nothing
            }
            socket.setSoTimeout(0); // a forwarded command may take a while
            CommandReply reply;
            if (Wire.FRONT.equals(request.kind())) {
                toFront.run();
                reply = new CommandReply(0, "", "");
            } else if (Wire.RUN.equals(request.kind())) {
                reply = runner.apply(request.args());
            } else {
                return;
            }
            Wire.writeReply(out, reply);
        } catch (IOException | RuntimeException e) {
            // the second launch sees no answer and tells its user the desk is open
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // already closed
        }
        workers.shutdown(); // running commands finish; never interrupt one inside H2
        try {
            Path portFile = dataDir.resolve(PORT_FILE);
            // remove the files only if they are still ours (another desk may have started since)
            if (Files.exists(portFile) && Files.readString(portFile).strip().equals(String.valueOf(port()))) {
                Files.deleteIfExists(portFile);
                Files.deleteIfExists(dataDir.resolve(TOKEN_FILE));
            }
        } catch (IOException ignored) {
            // stale files are harmless, see the class comment
        }
    }

    private static void writePrivate(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(tmp); // Windows: the per-user data folder's ACL already keeps others out
        }
        Files.writeString(tmp, text);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
