package org.crisisdesk.app.single;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The single-instance protocol, one request per connection. Request: magic, token, kind
 * ({@code FRONT} or {@code RUN}), argument count, arguments. Reply: exit code, stdout, stderr.
 */
final class Wire {
    static final String MAGIC = "crisisdesk-channel/1";
    static final String FRONT = "FRONT";
    static final String RUN = "RUN";
    private static final int MAX_ARGS = 1000;

    private Wire() {
    }

    record Request(String token, String kind, List<String> args) {
    }

    static void writeRequest(DataOutputStream out, Request r) throws IOException {
        out.writeUTF(MAGIC);
        out.writeUTF(r.token());
        out.writeUTF(r.kind());
        out.writeInt(r.args().size());
        for (String a : r.args()) {
            writeText(out, a);
        }
        out.flush();
    }

    static Request readRequest(DataInputStream in) throws IOException {
        if (!MAGIC.equals(in.readUTF())) {
            throw new IOException("not a desk channel request");
        }
        String token = in.readUTF();
        String kind = in.readUTF();
        int n = in.readInt();
        if (n < 0 || n > MAX_ARGS) {
            throw new IOException("bad argument count");
        }
        List<String> args = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            args.add(readText(in));
        }
        return new Request(token, kind, args);
    }

    static void writeReply(DataOutputStream out, CommandReply r) throws IOException {
        out.writeInt(r.exitCode());
        writeText(out, r.out());
        writeText(out, r.err());
        out.flush();
    }

    static CommandReply readReply(DataInputStream in) throws IOException {
        int code = in.readInt();
        return new CommandReply(code, readText(in), readText(in));
    }

    // writeUTF stops at 64 KB; command output (a long case list) can be longer
    private static void writeText(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readText(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 64 * 1024 * 1024) {
            throw new IOException("bad text length");
        }
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }
}
