package org.crisisdesk.operators;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.crisisdesk.common.Actor;
import org.crisisdesk.settings.SettingsRepository;
import org.jdbi.v3.core.Jdbi;

/**
 * Retention runs again after a restore. A backup older than an erasure still holds the personal
 * data that was erased since, so restoring it must not bring that data back. The desk and the
 * command line both call {@link #remember} on the database about to be replaced and, once the
 * backup is in place and its restore is on the audit chain, {@link #reapply} on the restored one.
 */
public final class RetentionAfterRestore {
    private RetentionAfterRestore() {
    }

    /**
     * What the replaced database had decided: the cases it had erased (id → case number, so a
     * backup of another desk whose ids happen to match is left alone) and its retention months.
     */
    public record Memo(Map<Long, String> erasedCases, Optional<Integer> months) {
        public static final Memo NONE = new Memo(Map.of(), Optional.empty());

        public Memo {
            erasedCases = Map.copyOf(erasedCases);
        }
    }

    /** Reads the memo while the current database is still open. */
    public static Memo remember(Jdbi current) {
        Map<Long, String> erased = current.withHandle(h -> h.createQuery("SELECT i.id, i.case_no FROM incident i "
                        + "JOIN personal_data_erasure e ON e.incident_id = i.id")
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        Optional<Integer> months = new SettingsRepository(current).setting(RetentionService.MONTHS_SETTING)
                .map(String::strip).filter(v -> v.matches("\\d{1,3}")).map(Integer::valueOf).filter(m -> m > 0);
        return new Memo(erased, months);
    }

    /**
     * Erases again, as {@code actor} and audited, every remembered case the restored data still
     * holds unerased, then whatever the remembered months make eligible; the months setting is
     * carried over, since a policy should not roll back with the data. Returns the cases erased.
     */
    public static List<Long> reapply(Jdbi restored, RetentionService retention, Memo memo, Actor actor) {
        Set<Long> again = new LinkedHashSet<>();
        if (!memo.erasedCases().isEmpty()) {
            Map<Long, String> present = restored.withHandle(h -> h.createQuery(
                            "SELECT id, case_no FROM incident WHERE id IN (<ids>)")
                    .bindList("ids", List.copyOf(memo.erasedCases().keySet()))
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
            List<Long> same = present.entrySet().stream()
                    .filter(e -> e.getValue().equals(memo.erasedCases().get(e.getKey()))).map(Map.Entry::getKey)
                    .toList();
            again.addAll(retention.eraseAgain(same, actor));
        }
        memo.months().ifPresent(m -> {
            new SettingsRepository(restored).putSetting(RetentionService.MONTHS_SETTING, String.valueOf(m), actor);
            again.addAll(retention.erase(retention.cutoff(m), actor));
        });
        return List.copyOf(again);
    }
}
