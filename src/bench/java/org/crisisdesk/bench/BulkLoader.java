package org.crisisdesk.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.crisisdesk.app.demo.DemoEvent;
import org.crisisdesk.app.demo.DemoGenerator;
import org.crisisdesk.app.demo.DemoPlan;
import org.crisisdesk.cases.CaseStatus;
import org.crisisdesk.cases.NewIncident;
import org.crisisdesk.cases.NewMediaContact;
import org.crisisdesk.cases.Phones;
import org.crisisdesk.cases.UndercoverSigns;

/**
 * Writes generated demo plans straight into the tables with JDBC batches: the same rows the case
 * service would write (incident, media contacts, timeline), thousands of times faster. Bench only.
 */
final class BulkLoader {
    private static final int CHUNK = 1000;
    private static final String AUTHOR = "bench";
    private final DataSource dataSource;
    private final ZoneId zone;

    BulkLoader(DataSource dataSource, ZoneId zone) {
        this.dataSource = dataSource;
        this.zone = zone;
    }

    void load(DemoGenerator generator, int count) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long nextId = one(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM incident");
            Map<String, Integer> counters = counters(c);
            try (PreparedStatement inc = c.prepareStatement("""
                    INSERT INTO incident (id, case_no, store_code, title, channel, discovered_at, customer_name,
                      customer_honorific, customer_phone, customer_phone_key, category, risk_type, description, status,
                      severity, responsible, sign_identity, sign_no_emotion, sign_odd_movement, sign_professional,
                      created_at, created_by, updated_at, updated_by, closed_at, version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                 PreparedStatement media = c.prepareStatement("""
                    INSERT INTO media_contact (incident_id, outlet, media_kind, medium, reach, journalist_name,
                      journalist_phone, interview_outline, journalist_deadline, expected_publication, received_at,
                      created_at, created_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                 PreparedStatement line = c.prepareStatement("""
                    INSERT INTO timeline_entry (incident_id, at, author, kind, field, old_value, new_value, body)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (int done = 0; done < count; done += CHUNK) {
                    List<DemoPlan> chunk = new ArrayList<>();
                    for (int i = 0; i < Math.min(CHUNK, count - done); i++) {
                        chunk.add(generator.next());
                    }
                    chunk.sort(Comparator.comparing(DemoPlan::createdAt));
                    for (DemoPlan p : chunk) {
                        long id = nextId++;
                        String caseNo = caseNo(counters, p);
                        addIncident(inc, id, caseNo, p);
                        addLine(line, id, p.createdAt(), "CREATED", null, null, caseNo, p.incident().title());
                        CaseStatus status = CaseStatus.NEW;
                        UndercoverSigns signs = p.incident().signs();
                        for (DemoEvent e : p.events()) {
                            switch (e.kind()) {
                                case NOTE -> addLine(line, id, e.at(), "NOTE", null, null, null, e.note());
                                case MOVE -> {
                                    addLine(line, id, e.at(), "STATUS", "status", status.name(), e.moveTo().name(), null);
                                    status = e.moveTo();
                                }
                                case SIGNS -> {
                                    addLine(line, id, e.at(), "SIGNS", null, String.valueOf(signs.count()),
                                            String.valueOf(e.signs().count()), null);
                                    signs = e.signs();
                                }
                                case MEDIA -> {
                                    addMedia(media, id, e.contact(), e.at());
                                    NewMediaContact m = e.contact();
                                    addLine(line, id, e.at(), "MEDIA", "media", null,
                                            m.outlet() + " · " + m.kind() + " · " + m.medium() + " · " + m.reach(), null);
                                }
                            }
                        }
                    }
                    inc.executeBatch();
                    media.executeBatch();
                    line.executeBatch();
                    c.commit();
                }
            }
            saveCounters(c, counters);
            try (Statement s = c.createStatement()) {
                // explicit ids do not move the identity; the desk's next insert must not collide
                s.execute("ALTER TABLE incident ALTER COLUMN id RESTART WITH " + nextId);
            }
            c.commit();
        }
    }

    private void addIncident(PreparedStatement ps, long id, String caseNo, DemoPlan p) throws SQLException {
        NewIncident in = p.incident();
        UndercoverSigns s = finalSigns(p);
        int version = (int) p.events().stream()
                .filter(e -> e.kind() == DemoEvent.Kind.MOVE || e.kind() == DemoEvent.Kind.SIGNS).count();
        int i = 1;
        ps.setLong(i++, id);
        ps.setString(i++, caseNo);
        ps.setString(i++, in.storeCode());
        ps.setString(i++, in.title());
        ps.setString(i++, in.channel());
        ps.setObject(i++, ts(in.discoveredAt()));
        ps.setString(i++, in.customerName());
        ps.setString(i++, in.honorific().name());
        ps.setString(i++, in.customerPhone());
        ps.setString(i++, Phones.key(in.customerPhone()));
        ps.setString(i++, in.category());
        ps.setString(i++, in.riskType());
        ps.setString(i++, in.description());
        ps.setString(i++, p.finalStatus().name());
        ps.setString(i++, in.severity().name());
        ps.setString(i++, in.responsible());
        ps.setBoolean(i++, s.identityUnclear());
        ps.setBoolean(i++, s.noEmotion());
        ps.setBoolean(i++, s.oddMovement());
        ps.setBoolean(i++, s.professional());
        ps.setObject(i++, ts(p.createdAt()));
        ps.setString(i++, AUTHOR);
        ps.setObject(i++, ts(p.lastAt()));
        ps.setString(i++, AUTHOR);
        ps.setObject(i++, ts(p.closedAt()));
        ps.setInt(i, version);
        ps.addBatch();
    }

    private static UndercoverSigns finalSigns(DemoPlan p) {
        UndercoverSigns s = p.incident().signs();
        for (DemoEvent e : p.events()) {
            if (e.kind() == DemoEvent.Kind.SIGNS) {
                s = e.signs();
            }
        }
        return s;
    }

    private static void addMedia(PreparedStatement ps, long incidentId, NewMediaContact m, Instant at)
            throws SQLException {
        int i = 1;
        ps.setLong(i++, incidentId);
        ps.setString(i++, m.outlet());
        ps.setString(i++, m.kind().name());
        ps.setString(i++, m.medium().name());
        ps.setString(i++, m.reach().name());
        ps.setString(i++, m.journalistName());
        ps.setString(i++, m.journalistPhone());
        ps.setString(i++, m.interviewOutline());
        ps.setObject(i++, ts(m.journalistDeadline()));
        ps.setObject(i++, ts(m.expectedPublication()));
        ps.setObject(i++, ts(m.receivedAt()));
        ps.setObject(i++, ts(at));
        ps.setString(i, AUTHOR);
        ps.addBatch();
    }

    private static void addLine(PreparedStatement ps, long incidentId, Instant at, String kind, String field,
                                String oldValue, String newValue, String body) throws SQLException {
        ps.setLong(1, incidentId);
        ps.setObject(2, ts(at));
        ps.setString(3, AUTHOR);
        ps.setString(4, kind);
        ps.setString(5, field);
        ps.setString(6, oldValue);
        ps.setString(7, newValue);
        ps.setString(8, body);
        ps.addBatch();
    }

    private String caseNo(Map<String, Integer> counters, DemoPlan p) {
        String store = p.incident().storeCode();
        int year = p.createdAt().atZone(zone).getYear();
        int n = counters.merge(store + "|" + year, 1, Integer::sum);
        return String.format("%s-%d-%04d", store, year, n);
    }

    private static Map<String, Integer> counters(Connection c) throws SQLException {
        Map<String, Integer> m = new HashMap<>();
        try (Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT store_code, case_year, last_value FROM case_counter")) {
            while (rs.next()) {
                m.put(rs.getString(1) + "|" + rs.getInt(2), rs.getInt(3));
            }
        }
        return m;
    }

    private static void saveCounters(Connection c, Map<String, Integer> counters) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM case_counter");
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO case_counter (store_code, case_year, last_value) VALUES (?, ?, ?)")) {
            for (var e : counters.entrySet()) {
                String[] k = e.getKey().split("\\|");
                ps.setString(1, k[0]);
                ps.setInt(2, Integer.parseInt(k[1]));
                ps.setInt(3, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static long one(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static OffsetDateTime ts(Instant t) {
        return t == null ? null : t.atOffset(ZoneOffset.UTC);
    }
}
