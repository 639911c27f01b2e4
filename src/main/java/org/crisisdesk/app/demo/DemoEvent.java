package org.crisisdesk.app.demo;

import java.time.Instant;
import org.crisisdesk.cases.CaseStatus;
import org.crisisdesk.cases.NewMediaContact;
import org.crisisdesk.cases.UndercoverSigns;

/** One step in a demo case's life after it is opened; exactly one of the payload fields is set. */
public record DemoEvent(Instant at, Kind kind, String note, CaseStatus moveTo, NewMediaContact contact,
                        UndercoverSigns signs) {
    public enum Kind { NOTE, MOVE, MEDIA, SIGNS }

    static DemoEvent note(Instant at, String text) {
        return new DemoEvent(at, Kind.NOTE, text, null, null, null);
    }

    static DemoEvent move(Instant at, CaseStatus to) {
        return new DemoEvent(at, Kind.MOVE, null, to, null, null);
    }

    static DemoEvent media(Instant at, NewMediaContact contact) {
        return new DemoEvent(at, Kind.MEDIA, null, null, contact, null);
    }

    static DemoEvent signs(Instant at, UndercoverSigns signs) {
        return new DemoEvent(at, Kind.SIGNS, null, null, null, signs);
    }
}
