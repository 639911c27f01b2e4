package org.crisisdesk.app.demo;

import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Function;
import org.crisisdesk.cases.CaseService;
import org.crisisdesk.cases.Incident;
import org.crisisdesk.common.Actor;

/** Replays one {@link DemoPlan} through the case service, each step with a service acting at its time. */
final class DemoWriter {
    private DemoWriter() {
    }

    /** {@code afterCreate} runs right after the case is opened, before its first event (e.g. attachments). */
    static Incident write(DemoPlan plan, Actor actor, Function<Instant, CaseService> serviceAt,
                          Consumer<Incident> afterCreate) {
        Incident incident = serviceAt.apply(plan.createdAt()).create(plan.incident(), java.util.List.of(), actor);
        afterCreate.accept(incident);
        for (DemoEvent e : plan.events()) {
            CaseService cases = serviceAt.apply(e.at());
            switch (e.kind()) {
                case NOTE -> cases.addNote(incident.id(), e.note(), actor);
                case MEDIA -> cases.addMediaContact(incident.id(), e.contact(), actor);
                // moves and signs bump the version; notes and contacts only touch "last changed"
                case MOVE -> incident = cases.moveTo(incident.id(), incident.version(), e.moveTo(), actor);
                case SIGNS -> incident = cases.setSigns(incident.id(), incident.version(), e.signs(), actor);
            }
        }
        return incident;
    }
}
