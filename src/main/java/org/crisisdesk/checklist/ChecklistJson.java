package org.crisisdesk.checklist;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checklist part of {@code cases show CASE_NO --json}: clockStart, each step with its
 * deadline, state and completion, step 7's replies and the media contacts with their times.
 * Plain maps and lists (instants as ISO-8601 text) for the caller's Jackson writer.
 */
public final class ChecklistJson {
    private ChecklistJson() {
    }

    public static Map<String, Object> of(Checklist c, List<MediaContactRow> contacts, Instant now) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("clockStart", text(c == null ? null : c.clockStart()));
        json.put("template", c == null ? null : c.templateCode());
        json.put("currentStep", c == null ? null : c.currentStep().map(Step::key).orElse(null));
        json.put("steps", c == null ? List.of() : c.steps().stream().map(s -> step(s, now)).toList());
        json.put("outletReplies", c == null ? List.of() : c.outletReplies().stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("mediaContactId", r.mediaContactId());
            m.put("outlet", r.outlet());
            m.put("state", r.state().name());
            m.put("deadline", text(r.deadline()));
            m.put("repliedAt", text(r.repliedAt()));
            m.put("repliedBy", r.repliedBy());
            return m;
        }).toList());
        json.put("mediaContacts", contacts.stream().map(mc -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", mc.id());
            m.put("outlet", mc.outlet());
            m.put("mediaKind", mc.mediaKind());
            m.put("reach", mc.reach());
            m.put("receivedAt", text(mc.receivedAt()));
            m.put("journalistDeadline", text(mc.journalistDeadline()));
            m.put("expectedPublication", text(mc.expectedPublication()));
            return m;
        }).toList());
        return json;
    }

    private static Map<String, Object> step(Step s, Instant now) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("no", s.stepNo());
        m.put("key", s.key());
        m.put("title", s.title());
        m.put("state", s.state().name());
        m.put("status", s.status(now).name());
        m.put("windowStart", text(s.windowStart()));
        m.put("deadline", text(s.deadline()));
        m.put("agreedAt", text(s.agreedAt()));
        m.put("completedAt", text(s.completedAt()));
        m.put("completedBy", s.completedBy());
        m.put("lateBySeconds", s.lateBy().map(java.time.Duration::getSeconds).orElse(null));
        m.put("skipReason", s.skipReason());
        m.put("recorded", s.recorded());
        return m;
    }

    private static String text(Instant t) {
        return t == null ? null : t.toString();
    }
}
