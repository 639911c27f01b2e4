package org.crisisdesk.ui.casefile;

import org.crisisdesk.cases.IncidentField;
import org.crisisdesk.operators.PersonalDataMasker;

/** How a personal field reads before it is revealed: 张** · 138****5678, numbers in free text masked. */
final class Masks {
    private Masks() {
    }

    static String of(IncidentField field, String value) {
        return switch (field) {
            case CUSTOMER_NAME -> PersonalDataMasker.name(value);
            case CUSTOMER_PHONE -> PersonalDataMasker.phone(value);
            default -> PersonalDataMasker.freeText(value);
        };
    }
}
