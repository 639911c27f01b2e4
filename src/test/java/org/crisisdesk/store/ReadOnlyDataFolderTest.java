package org.crisisdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.crisisdesk.common.UserException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder that exists but cannot be written (a read-only medium) is refused at start with
 * {@code datadir.notWritable}. Tests run as root in CI, where permission bits do not stop writes:
 * there the folder below a regular file stands in (BackupRestoreTest), and this one is skipped.
 */
class ReadOnlyDataFolderTest {
    @TempDir
    Path dir;

    @Test
    void anExistingReadOnlyFolderIsRefusedWithAClearMessage() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root writes through permission bits");
        Path data = Files.createDirectory(dir.resolve("data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            UserException e = assertThrows(UserException.class, () -> Database.prepareDataDirectory(data));
            assertEquals("datadir.notWritable", e.key());
        } finally {
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
