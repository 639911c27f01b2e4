package org.crisisdesk.operators;

import java.util.List;

/** One case's personal data, unmasked, after an audited reveal. Never log or persist it. */
public record RevealedPersonalData(long caseId, String customerName, String customerPhone,
        List<Journalist> journalists) {
    public record Journalist(long contactId, String outlet, String name, String phone) {
        @Override
        public String toString() {
            return "Journalist[" + contactId + ", " + outlet + "]";
        }
    }

    @Override
    public String toString() {
        return "RevealedPersonalData[case " + caseId + "]"; // keeps the values out of logs
    }
}
