package org.crisisdesk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import javax.sql.DataSource;
import org.crisisdesk.common.UserException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
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
    private final DatabaseConfig config;
    private final DataSource dataSource;
    private final Jdbi jdbi;
    private final Connection keeper;

    private Database(DatabaseConfig config, DataSource dataSource, Connection keeper) {
        this.config = config;
        this.dataSource = dataSource;
        this.keeper = keeper;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
    }

    /** Opens (creating when missing) and migrates the database; the normal way to start. */
    public static Database open(DatabaseConfig config) {
        Database db = connect(config, false);
        try {
            db.migrate();
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
        return Optional.of(connect(config, true));
    }

    private static Database connect(DatabaseConfig config, boolean mustExist) {
        DataSource ds = dataSource(config, mustExist);
        try {
            Connection keeper = config.isH2() ? ds.getConnection() : null;
            return new Database(config, ds, keeper);
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
    }

    private Flyway flyway() {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .cleanDisabled(true)
                .load();
    }

    private void migrate() {
        Flyway flyway = flyway();
        MigrationInfo[] all = flyway.info().all();
        boolean newer = Arrays.stream(all).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                || m.getState() == MigrationState.FUTURE_FAILED);
        if (newer) {
            throw new UserException("db.newerVersion", schemaVersion());
        }
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            throw new UserException(e, "db.migrationFailed", e.getMessage());
        }
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
        if (keeper != null) {
            try {
                keeper.close();
            } catch (SQLException ignored) {
                // closing a connection that is already gone changes nothing for the user
            }
        }
    }
}
