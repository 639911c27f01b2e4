package org.crisisdesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.crisisdesk.cases.AttachmentStore;
import org.crisisdesk.cases.CaseHooks;
import org.crisisdesk.cases.CaseQueries;
import org.crisisdesk.cases.CaseService;
import org.crisisdesk.cases.Escalation;
import org.crisisdesk.common.Messages;
import org.crisisdesk.settings.SettingsRepository;
import org.crisisdesk.store.DataDirectory;
import org.crisisdesk.store.Database;

/**
 * The composition root's plain half: every core service, wired once from an open database. The
 * window and the command line both build on it; nothing here knows about JavaFX.
 */
public final class Desk implements AutoCloseable {
    private final Database database;
    private final Path dataDir;
    private final Clock clock;
    private final Messages messages;
    private final SettingsRepository settings;
    private final CaseQueries caseQueries;
    private final CaseService cases;

    public Desk(Database database, Path dataDir, Clock clock, Messages messages) {
        this.database = database;
        this.dataDir = dataDir;
        this.clock = clock;
        this.messages = messages;
        this.settings = new SettingsRepository(database.jdbi());
        this.caseQueries = new CaseQueries(database.jdbi());
        List<CaseHooks> hooks = List.of();
        this.cases = new CaseService(database.jdbi(), clock, new AttachmentStore(DataDirectory.attachments(dataDir)),
                hooks);
    }

    public Escalation escalation() {
        return new Escalation(settings.routes(), settings.rules());
    }

    public Database database() {
        return database;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Clock clock() {
        return clock;
    }

    public Messages messages() {
        return messages;
    }

    public SettingsRepository settings() {
        return settings;
    }

    public CaseQueries caseQueries() {
        return caseQueries;
    }

    public CaseService cases() {
        return cases;
    }

    @Override
    public void close() {
        database.close();
    }
}
