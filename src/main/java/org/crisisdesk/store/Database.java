package org.crisisdesk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.crisisdesk.common.UserException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The open database: migrated by Flyway before anything else touches it, reached through Jdbi.
 *
 * <p>For H2 one connection stays open for the life of this object. It keeps the file lock (so a
 * second desk cannot open the same file) and spares H2 from closing and reopening the file on
 * every short-lived handle.
 */
public final class Database implements AutoCloseable {
    static final String MIGRATIONS = "classpath:db/migration";
    /** The newest migration this build carries; {@code DatabaseTest} keeps it equal to db/migration. */
    static final String LATEST_MIGRATION = "62.1";
    private final DatabaseConfig config;
    private final DataSource dataSource;
    private final Jdbi jdbi;
    private final List<String> locations;
    private volatile Connection keeper;

    private Database(DatabaseConfig config, DataSource dataSource, Connection keeper, List<String> locations) {
        this.config = config;
        this.dataSource = dataSource;
        this.keeper = keeper;
        this.locations = locations;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
    }

    /**
     * Opens (creating when missing) and migrates the database; the normal way to start. Before
     * migrations are applied to an existing H2 database, a backup is taken (see {@link BackupFiles}).
     */
    public static Database open(DatabaseConfig config) {
        return open(config, List.of(), Clock.systemUTC());
    }

    /** With extra Flyway locations (tests inject a broken migration this way) and the clock for backup names. */
    static Database open(DatabaseConfig config, List<String> extraLocations, Clock clock) {
        List<String> locations = new java.util.ArrayList<>(List.of(MIGRATIONS));
        locations.addAll(extraLocations);
        Database db = connect(config, false, List.copyOf(locations));
        try {
            db.migrate(clock);
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Opens an existing database without creating or migrating anything, when there is one. */
    public static Optional<Database> openExisting(DatabaseConfig config, Path dataDir) {
        if (config.isH2() && !DataDirectory.hasDatabase(dataDir)) {
            return Optional.empty();
        }
        return Optional.of(connect(config, true, List.of(MIGRATIONS)));
    }

    private static Database connect(DatabaseConfig config, boolean mustExist, List<String> locations) {
        DataSource ds = dataSource(config, mustExist);
        try {
            Connection keeper = config.isH2() ? ds.getConnection() : null;
            return new Database(config, ds, keeper, locations);
        } catch (SQLException e) {
            throw translate(e, config);
        }
    }

    private static DataSource dataSource(DatabaseConfig config, boolean mustExist) {
        if (config.isH2()) {
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL(config.url() + (mustExist ? ";IFEXISTS=TRUE" : ""));
            ds.setUser(config.user());
            ds.setPassword(config.password());
            return ds;
        }
        if (config.isPostgres()) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setUrl(config.url());
            ds.setUser(config.user());
            ds.setPassword(config.password());
            return ds;
        }
        throw new UserException("db.unsupportedUrl", config.url());
    }

    /** Creates the data folder, refusing with a clear message when it cannot be written. */
    public static void prepareDataDirectory(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (Exception e) {
            throw new UserException(e, "datadir.notWritable", dataDir);
        }
        if (!Files.isWritable(dataDir)) {
            throw new UserException("datadir.notWritable", dataDir);
        }
        // isWritable trusts permission bits; a read-only medium (or a root user) only shows on a real write
        try {
            Files.delete(Files.createTempFile(dataDir, ".write-probe-", ".tmp"));
        } catch (Exception e) {
            throw new UserException(e, "datadir.notWritable", dataDir);
        }
    }

    private Flyway flyway() {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .cleanDisabled(true)
                .load();
    }

    private void migrate(Clock clock) {
        if (isH2() && locations.equals(List.of(MIGRATIONS)) && isUpToDate()) {
            return; // the usual start: Flyway's class-path scan alone costs a third of a second
        }
        Flyway flyway = flyway();
        MigrationInfoService info = flyway.info();
        MigrationInfo[] all = info.all();
        boolean newer = Arrays.stream(all).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                || m.getState() == MigrationState.FUTURE_FAILED);
        if (newer) {
            throw new UserException("db.newerVersion", schemaVersion());
        }
        boolean failedBefore = Arrays.stream(all).anyMatch(m -> m.getState() == MigrationState.FAILED);
        Path backup = null;
        if (isH2() && info.current() != null && info.pending().length > 0 && !failedBefore) {
            // an upgrade is about to change an existing database: keep it as it was first
            Path dataDir = H2Maintenance.dataDirOf(config);
            backup = BackupFiles.newFile(dataDir, clock, BackupFiles.Reason.BEFORE_UPGRADE);
            try (Connection c = dataSource.getConnection()) {
                H2Maintenance.backup(c, DataDirectory.attachments(dataDir), backup, H2Maintenance.Progress.NONE);
            } catch (SQLException e) {
                throw translate(e, config);
            }
        } else if (isH2() && failedBefore) {
            backup = BackupFiles.latestBeforeUpgrade(H2Maintenance.dataDirOf(config))
                    .map(BackupFiles.Backup::file).orElse(null);
        }
        try {
            if (failedBefore) {
                throw new FlywayException("a migration failed earlier: " + Arrays.stream(all)
                        .filter(m -> m.getState() == MigrationState.FAILED)
                        .map(m -> m.getVersion() + " " + m.getDescription()).findFirst().orElse(""));
            }
            flyway.migrate();
        } catch (FlywayException e) {
            if (backup != null) {
                throw new MigrationFailedException(e, e.getMessage(), backup);
            }
            throw new UserException(e, "db.migrationFailed", e.getMessage());
        }
    }

    /**
     * Forces every committed change onto the disk ({@code CHECKPOINT SYNC}); call after each
     * user-initiated save. With {@code WRITE_DELAY=0} a commit already survives a killed process;
     * this makes it survive a power cut too. A no-op on PostgreSQL, whose commits are durable.
     *
     * @throws UserException {@code db.writeFailed} when the disk refuses the write (full, removed);
     *     H2 then closes the store: call {@link #reopen()} once space is back
     */
    public void sync() {
        if (!isH2()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            H2Maintenance.checkpointSync(c);
        } catch (SQLException e) {
            throw new UserException(e, "db.writeFailed", String.valueOf(e.getMessage()));
        }
    }

    /**
     * Reopens the H2 file after a write error closed it (H2 stops the store on the first failed
     * write so the file stays consistent). Everything committed before the error is there again;
     * the failed save is not, and must be repeated. Safe to call when nothing failed.
     */
    public synchronized void reopen() {
        if (!isH2()) {
            return;
        }
        Connection old = keeper;
        try {
            old.close();
        } catch (SQLException ignored) {
            // the session died with the store; closing it is only bookkeeping
        }
        try {
            keeper = dataSource.getConnection();
        } catch (SQLException e) {
            throw translate(e, config);
        }
    }

    /**
     * Whether Flyway's history shows every migration of this build applied and none failed or newer:
     * then there is nothing for Flyway to do, and the desk starts without it.
     */
    private boolean isUpToDate() {
        try (Connection c = dataSource.getConnection();
                java.sql.Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery(
                        "SELECT \"version\", \"success\" FROM \"flyway_schema_history\"")) {
            org.flywaydb.core.api.MigrationVersion newest = null;
            while (rs.next()) {
                if (!rs.getBoolean(2)) {
                    return false;
                }
                String version = rs.getString(1);
                if (version != null) {
                    var v = org.flywaydb.core.api.MigrationVersion.fromVersion(version);
                    newest = newest == null || v.isNewerThan(newest.getVersion()) ? v : newest;
                }
            }
            return newest != null && newest.getVersion().equals(LATEST_MIGRATION);
        } catch (SQLException e) {
            return false; // no history yet (a new database) or unreadable: let Flyway decide
        }
    }

    /** Whether a newer desk has migrated this database past what this version knows. */
    boolean isFromNewerVersion() {
        return Arrays.stream(flyway().info().all()).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                || m.getState() == MigrationState.FUTURE_FAILED);
    }

    /**
     * Full consistency check (H2): {@code SCRIPT TO} a scratch file reads every row of every table.
     *
     * @throws UserException {@code db.corrupted} when a page cannot be read
     */
    public void checkConsistency(Path scratchDir) {
        if (!isH2()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            H2Maintenance.scriptCheck(c, scratchDir);
        } catch (SQLException | java.io.IOException e) {
            throw new UserException(e, "db.corrupted");
        }
    }

    /** A connection for {@link H2Maintenance} work inside this package. */
    Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /** The applied schema version, or "0" for an empty database. */
    public String schemaVersion() {
        MigrationInfo current = flyway().info().current();
        return current == null ? "0" : current.getVersion().getVersion();
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public DatabaseConfig config() {
        return config;
    }

    public boolean isH2() {
        return config.isH2();
    }

    static UserException translate(SQLException e, DatabaseConfig config) {
        int code = e.getErrorCode();
        if (code == ErrorCode.DATABASE_ALREADY_OPEN_1 || isLockMessage(e)) {
            return new UserException(e, "db.locked");
        }
        if (code == ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1 || code == ErrorCode.DATABASE_NOT_FOUND_1) {
            return new UserException(e, "db.notFound", config.url());
        }
        if (code == ErrorCode.FILE_VERSION_ERROR_1) {
            return new UserException(e, "db.newerVersion", "?");
        }
        if (code == ErrorCode.FILE_CORRUPTED_1) {
            return new UserException(e, "db.corrupted");
        }
        if (code == ErrorCode.IO_EXCEPTION_2 || code == ErrorCode.FILE_CREATION_FAILED_1) {
            return new UserException(e, "db.io", e.getMessage());
        }
        return new UserException(e, "db.cannotOpen", e.getMessage());
    }

    private static boolean isLockMessage(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("already in use") || m.contains("Locked by another process")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        Connection keeper = this.keeper;
        if (keeper != null) {
            try {
                keeper.close();
            } catch (SQLException ignored) {
                // closing a connection that is already gone changes nothing for the user
            }
        }
    }
}
