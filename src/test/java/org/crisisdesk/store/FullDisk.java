package org.crisisdesk.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * H2 file system wrapper ({@code jdbc:h2:fulldisk:/path}) whose writes fail with "No space left
 * on device" while {@link #full} is set: a disk filling up under a running desk.
 */
public final class FullDisk extends FilePathWrapper {
    public static volatile boolean full;
    /** Only flushes fail ({@code force}): writes landed, {@code CHECKPOINT SYNC} cannot make them durable. */
    public static volatile boolean flushFails;
    private static final FullDisk INSTANCE = new FullDisk();

    public static synchronized void register() {
        FilePath.register(INSTANCE);
    }

    public static DatabaseConfig config(java.nio.file.Path dataDir) {
        String base = DataDirectory.databaseBase(dataDir).toAbsolutePath().toString();
        return new DatabaseConfig("jdbc:h2:fulldisk:" + base + ";WRITE_DELAY=0", DatabaseConfig.H2_USER,
                DatabaseConfig.H2_PASSWORD);
    }

    @Override
    public String getScheme() {
        return "fulldisk";
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new FullFile(super.open(mode));
    }

    private static void check() throws IOException {
        if (full) {
            throw new IOException("No space left on device");
        }
    }

    private static final class FullFile extends FileBase {
        private final FileChannel base;

        FullFile(FileChannel base) {
            this.base = base;
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long p) throws IOException {
            base.position(p);
            return this;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            check();
            return base.write(src);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            check();
            return base.write(src, position);
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            check();
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            check();
            if (flushFails) {
                throw new IOException("No space left on device");
            }
            base.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
