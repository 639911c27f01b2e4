package org.crisisdesk.app.wiring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.crisisdesk.cases.CaseQueries;
import org.crisisdesk.cases.Incident;
import org.crisisdesk.cases.MediaContact;
import org.crisisdesk.drafting.CustomerAddress;
import org.crisisdesk.drafting.Placeholder;
import org.crisisdesk.drafting.PlaceholderSource;
import org.crisisdesk.drafting.PlaceholderValues;
import org.crisisdesk.settings.SettingsRepository;
import org.crisisdesk.settings.Store;

/**
 * Fills placeholders from a case: company and store from Settings, the customer's address from the
 * case, the journalist and outlet from the draft's media contact (else the earliest). {承诺时间} is
 * never guessed: it stays marked until someone writes it.
 */
public final class CasePlaceholders implements PlaceholderSource {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private final CaseQueries queries;
    private final SettingsRepository settings;
    private final Clock clock;

    public CasePlaceholders(CaseQueries queries, SettingsRepository settings, Clock clock) {
        this.queries = queries;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public PlaceholderValues valuesFor(long incidentId, Long mediaContactId) {
        Incident i = queries.incident(incidentId);
        Map<Placeholder, String> v = new EnumMap<>(Placeholder.class);
        v.put(Placeholder.COMPANY, settings.companyName());
        v.put(Placeholder.MALL, settings.stores().stream().filter(s -> s.code().equals(i.storeCode()))
                .map(Store::name).findFirst().orElse(null));
        v.put(Placeholder.CUSTOMER_ADDRESS, CustomerAddress.of(i.customerName(),
                CustomerAddress.Honorific.fromCode(i.honorific().name())));
        v.put(Placeholder.CUSTOMER_NAME, i.customerName());
        v.put(Placeholder.CASE_NO, i.caseNo());
        v.put(Placeholder.DATE, DATE.format(LocalDate.now(clock)));
        List<MediaContact> contacts = queries.mediaContacts(incidentId);
        contacts.stream().filter(c -> mediaContactId == null || c.id() == mediaContactId).findFirst()
                .ifPresent(c -> {
                    v.put(Placeholder.JOURNALIST, c.journalistName());
                    v.put(Placeholder.OUTLET, c.outlet());
                });
        v.values().removeIf(java.util.Objects::isNull);
        return PlaceholderValues.of(v);
    }
}
