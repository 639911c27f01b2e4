package org.crisisdesk.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.crisisdesk.common.UserException;

/**
 * Attachment files in the data folder, addressed by their SHA-256: the same file attached twice is
 * stored once, and a stored file can always be checked against its name.
 */
public final class AttachmentStore {
    private final Path folder;

    public AttachmentStore(Path folder) {
        this.folder = folder;
    }

    /** What was stored: digest, size and a best guess of the content type. */
    public record Stored(String sha256, long size, String contentType) {
    }

    public Stored store(Path source) {
        if (!Files.isRegularFile(source) || !Files.isReadable(source)) {
            throw new UserException("attachment.unreadable", source.getFileName());
        }
        try {
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, "incoming-", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream in = Files.newInputStream(source);
                 OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), sha)) {
                size = in.transferTo(out);
            } catch (IOException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            String hex = HexFormat.of().formatHex(sha.digest());
            Path target = path(hex);
            if (Files.exists(target)) {
                Files.delete(tmp);
            } else {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return new Stored(hex, size, contentType(source));
        } catch (NoSuchFileException | AccessDeniedException e) {
            throw new UserException(e, "attachment.unreadable", source.getFileName());
        } catch (IOException e) {
            throw new UserException(e, "attachment.cannotStore", String.valueOf(e.getMessage()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public Path path(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 digest: " + sha256);
        }
        return folder.resolve(sha256);
    }

    public boolean exists(String sha256) {
        return Files.isRegularFile(path(sha256));
    }

    private static String contentType(Path source) {
        try {
            String type = Files.probeContentType(source);
            return type != null ? type : guess(source.getFileName().toString());
        } catch (IOException e) {
            return guess(source.getFileName().toString());
        }
    }

    private static String guess(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (n.endsWith(".jpg") || n.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (n.endsWith(".png")) {
            return "image/png";
        }
        if (n.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (n.endsWith(".mp4")) {
            return "video/mp4";
        }
        if (n.endsWith(".txt")) {
            return "text/plain";
        }
        return "application/octet-stream";
    }
}
