package org.crisisdesk.cases;

import org.jdbi.v3.core.Handle;

/**
 * Allocates case numbers {@code <store>-<year>-<seq>} (e.g. SH01-2026-0001) inside the caller's
 * transaction. The counter row is updated before it is read, so concurrent creators serialise on its
 * row lock and a number is never handed out twice or reused.
 */
final class CaseNumbers {
    private CaseNumbers() {
    }

    static String next(Handle h, String storeCode, int year) {
        int updated = h.createUpdate("""
                        UPDATE case_counter SET last_value = last_value + 1
                        WHERE store_code = :store AND case_year = :year""")
                .bind("store", storeCode).bind("year", year).execute();
        if (updated == 0) {
            // First case of the year for this store. A concurrent first insert fails on the primary
            // key; the caller's transaction retry then takes the UPDATE path.
            h.createUpdate("INSERT INTO case_counter (store_code, case_year, last_value) VALUES (:store, :year, 1)")
                    .bind("store", storeCode).bind("year", year).execute();
        }
        int value = h.createQuery("SELECT last_value FROM case_counter WHERE store_code = :store AND case_year = :year")
                .bind("store", storeCode).bind("year", year).mapTo(Integer.class).one();
        return String.format("%s-%d-%04d", storeCode, year, value);
    }
}
