package org.crisisdesk.app.cli;

import org.crisisdesk.cases.wording.CaseLabels;
import org.crisisdesk.cases.wording.TimelineText;

import java.util.List;
import java.util.Locale;
import org.crisisdesk.cases.Attachment;
import org.crisisdesk.cases.Incident;
import org.crisisdesk.cases.IncidentField;
import org.crisisdesk.cases.MediaContact;
import org.crisisdesk.cases.TimelineEntry;
import org.crisisdesk.cases.UndercoverSigns;
import org.crisisdesk.settings.EscalationRoute;

/** Builds the full view of one case ({@link CaseJson.Detail}) with labels and masked personal data. */
final class CaseDetails {
    private final CaseLabels l;
    private final Masking mask;

    CaseDetails(CaseLabels labels, Masking mask) {
        this.l = labels;
        this.mask = mask;
    }

    CaseJson.Detail detail(Incident i, List<MediaContact> media, List<TimelineEntry> timeline, List<Attachment> files,
                           EscalationRoute route) {
        UndercoverSigns s = i.signs();
        boolean chinese = l.messages().locale().getLanguage().equals(Locale.CHINESE.getLanguage());
        return new CaseJson.Detail(i.caseNo(), i.title(), i.storeCode(), l.storeName(i.storeCode()), i.status().name(),
                l.label("status", i.status()), i.severity().name(), l.label("severity", i.severity()), i.channel(),
                l.ref("CHANNEL", i.channel()), i.discoveredAt(), mask.name(i.customerName()), i.honorific().name(),
                mask.phone(i.customerPhone()), i.category(), l.ref("CATEGORY", i.category()), i.riskType(),
                l.ref("RISK_TYPE", i.riskType()), i.description(), i.responsible(),
                new CaseJson.Signs(s.identityUnclear(), s.noEmotion(), s.oddMovement(), s.professional(), s.count(),
                        s.showsGuidance()),
                route == null ? null : new CaseJson.Route(route.code(), chinese ? route.nameZh() : route.nameEn(),
                        route.departments()),
                i.createdAt(), i.createdBy(), i.updatedAt(), i.updatedBy(), i.closedAt(), i.version(),
                mask.enabled(), media.stream().map(this::media).toList(),
                timeline.stream().map(this::entry).toList(), files.stream().map(this::file).toList());
    }

    private CaseJson.Media media(MediaContact m) {
        return new CaseJson.Media(m.outlet(), m.kind().name(), l.label("mediaKind", m.kind()), m.medium().name(),
                l.label("medium", m.medium()), m.reach().name(), l.label("reach", m.reach()),
                mask.name(m.journalistName()), mask.phone(m.journalistPhone()), m.interviewOutline(), m.receivedAt(),
                m.journalistDeadline(), m.expectedPublication());
    }

    private CaseJson.Entry entry(TimelineEntry e) {
        String oldValue = e.oldValue();
        String newValue = e.newValue();
        if ("FIELD".equals(e.kind()) && e.field() != null) {
            if (IncidentField.CUSTOMER_NAME.name().equals(e.field())) {
                oldValue = mask.name(oldValue);
                newValue = mask.name(newValue);
            } else if (IncidentField.CUSTOMER_PHONE.name().equals(e.field())) {
                oldValue = mask.phone(oldValue);
                newValue = mask.phone(newValue);
            }
        }
        TimelineEntry shown = new TimelineEntry(e.id(), e.incidentId(), e.at(), e.author(), e.kind(), e.field(),
                oldValue, newValue, e.body());
        return new CaseJson.Entry(e.at(), e.author(), e.kind(), l.label("timeline", e.kind()), e.field(), oldValue,
                newValue, e.body(), new TimelineText(l).describe(shown));
    }

    private CaseJson.File file(Attachment a) {
        String name = a.erased() ? l.messages().get("attachment.erased") : a.originalName();
        return new CaseJson.File(name, a.sizeBytes(), a.contentType(), a.personalData(), a.sha256(),
                a.addedAt(), a.addedBy());
    }
}
