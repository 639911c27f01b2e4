package org.crisisdesk.store;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Locale;
import org.crisisdesk.common.UserException;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;

/**
 * Tells a save the disk refused (full, removed) from every other failure. What H2 2.5 shows when the
 * disk is full, found with {@code FullDisk}: the commit fails with Jdbi's {@code TransactionException}
 * over {@code General error 50000} over {@code MVStoreException} code {@code ERROR_WRITING_FAILED}
 * over {@code IOException "No space left on device"}; H2 then closes the store, so the next calls on
 * old sessions fail with "database is closed" (90098, 90121) or "object already closed" (90007).
 * {@link Database#sync()} turns its own failure into {@code db.writeFailed}.
 */
public final class DiskFailures {
    /** Causes looked at; a chain that loops back on itself must not hang the storage thread. */
    private static final int MAX_DEPTH = 32;

    private DiskFailures() {
    }

    /**
     * Whether anything in the cause chain says the disk refused a write: the database's (see
     * {@link #closedTheStore}) or a file's, such as an attachment copied into the data folder.
     */
    public static boolean isDiskFailure(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth++ < MAX_DEPTH; t = t.getCause()) {
            if (isStoreFailure(t) || t instanceof IOException && saysNoSpace(t.getMessage())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the database itself could not write, so H2 closed the store and it must be reopened. */
    public static boolean closedTheStore(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth++ < MAX_DEPTH; t = t.getCause()) {
            if (isStoreFailure(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isStoreFailure(Throwable t) {
        return t instanceof UserException u && "db.writeFailed".equals(u.key())
                || t instanceof MVStoreException m && (m.getErrorCode() == DataUtils.ERROR_WRITING_FAILED
                        || m.getErrorCode() == DataUtils.ERROR_CLOSED)
                || t instanceof SQLException s && isStoreGone(s.getErrorCode());
    }

    private static boolean isStoreGone(int code) {
        return code == ErrorCode.DATABASE_IS_CLOSED || code == ErrorCode.DATABASE_CALLED_AT_SHUTDOWN
                || code == ErrorCode.OBJECT_CLOSED;
    }

    /** Linux/macOS "No space left on device", Windows "There is not enough space on the disk", quota. */
    private static boolean saysNoSpace(String message) {
        if (message == null) {
            return false;
        }
        String m = message.toLowerCase(Locale.ROOT);
        return m.contains("no space left") || m.contains("not enough space") || m.contains("disk quota exceeded")
                || m.contains("磁盘空间不足");
    }
}
