package org.crisisdesk.reports.pdf;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.crisisdesk.common.UserException;

/**
 * Saves a finished document so that {@code out} is either the complete new file or untouched: the
 * bytes go to a temporary file in the same folder, which is then moved over {@code out}.
 */
public final class AtomicPdfWriter {
    private AtomicPdfWriter() {
    }

    public static void save(PDDocument doc, Path out) {
        Path target = out.toAbsolutePath();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir) || Files.isDirectory(target)) {
            throw new UserException("report.cannotWrite", out);
        }
        Path tmp = null;
        boolean moved = false;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
            doc.save(tmp.toFile());
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } catch (IOException | RuntimeException e) {
            throw new UserException(e, "report.cannotWrite", out);
        } finally {
            if (!moved && tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // nothing more to do: the temporary name is hidden and clearly partial
                }
            }
        }
    }
}
