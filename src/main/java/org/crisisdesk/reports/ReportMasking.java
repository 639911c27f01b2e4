package org.crisisdesk.reports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crisisdesk.reports.CaseReport.Person;

/**
 * Masks personal data for a report: names (张**), phones (138****5678, landlines keep the area code
 * and the last four digits), and Chinese ID and phone numbers found in free text. Stateless; the
 * report assembler calls it before building the {@link CaseReport}, or uses {@link #mask(CaseReport)}.
 */
public final class ReportMasking {
    // 18-digit ID (last may be X) or the old 15-digit one; not part of a longer digit run
    private static final Pattern ID = Pattern.compile("(?<![0-9A-Za-z])(?:\\d{17}[0-9Xx]|\\d{15})(?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile(
            "(?<!\\d)((?:\\+?86[ -]?)?1[3-9]\\d)[ -]?(\\d{4})[ -]?(\\d{4})(?!\\d)");
    private static final Pattern LANDLINE = Pattern.compile("(?<!\\d)(0\\d{2,3})[ -]?(\\d{3,4})[ -]?(\\d{4})(?!\\d)");

    /** 张三丰 → 张**: the first character stays, each other one becomes *; spaces stay. */
    public String maskName(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String trimmed = name.strip();
        StringBuilder sb = new StringBuilder();
        int first = trimmed.codePointAt(0);
        sb.appendCodePoint(first);
        int rest = 0;
        for (int i = Character.charCount(first); i < trimmed.length(); ) {
            int cp = trimmed.codePointAt(i);
            sb.append(Character.isWhitespace(cp) || cp == '·' ? new String(Character.toChars(cp)) : "*");
            rest++;
            i += Character.charCount(cp);
        }
        if (rest == 0) {
            sb.append('*');
        }
        return sb.toString();
    }

    /**
     * 13812345678 → 138****5678; 010-12345678 → 010-****5678; other numbers keep their last four
     * digits. Separators and a +86 prefix are kept as written.
     */
    public String maskPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String p = phone.strip();
        Matcher m = MOBILE.matcher(p);
        if (m.matches()) {
            return m.group(1) + "****" + m.group(3);
        }
        m = LANDLINE.matcher(p);
        if (m.matches()) {
            return m.group(1) + "-" + "*".repeat(m.group(2).length()) + m.group(3);
        }
        int digits = (int) p.chars().filter(Character::isDigit).count();
        int keep = Math.min(4, digits / 2);
        StringBuilder sb = new StringBuilder();
        int seen = 0;
        for (char ch : p.toCharArray()) {
            if (Character.isDigit(ch)) {
                seen++;
                sb.append(seen > digits - keep ? ch : '*');
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** ID numbers (keep the first 3 and last 4) and phone numbers inside free text; other text as is. */
    public String maskText(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = replace(ID, text, m -> {
            String id = m.group();
            return id.substring(0, 3) + "*".repeat(id.length() - 7) + id.substring(id.length() - 4);
        });
        out = replace(MOBILE, out, m -> m.group(1) + "****" + m.group(3));
        return replace(LANDLINE, out, m -> m.group(1) + "-" + "*".repeat(m.group(2).length()) + m.group(3));
    }

    /** Free text with known full names also replaced by their masked form (longest names first). */
    public String maskText(String text, Set<String> names) {
        String out = maskText(text);
        if (out == null) {
            return null;
        }
        List<String> sorted = new ArrayList<>(names);
        sorted.sort((a, b) -> b.length() - a.length());
        for (String n : sorted) {
            if (n != null && n.strip().length() >= 2) {
                out = out.replace(n.strip(), maskName(n));
            }
        }
        return out;
    }

    /**
     * A masked copy of a whole report: contact names and phones, the people's names and numbers
     * wherever they appear in free text; {@code masked} set, so personal-data attachments are left out.
     */
    public CaseReport mask(CaseReport r) {
        Set<String> names = new LinkedHashSet<>();
        r.customers().forEach(p -> addName(names, p.name()));
        r.mediaContacts().forEach(m -> addName(names, m.journalist()));
        List<Person> customers = r.customers().stream()
                .map(p -> new Person(maskName(p.name()), maskPhone(p.phone()), maskText(p.note(), names))).toList();
        List<CaseReport.MediaContact> media = r.mediaContacts().stream()
                .map(m -> new CaseReport.MediaContact(m.outlet(), m.kind(), m.medium(), m.reach(),
                        maskName(m.journalist()), maskPhone(m.phone()), m.receivedAt(), m.deadline(),
                        maskText(m.needs(), names))).toList();
        List<CaseReport.TimelineEntry> timeline = r.timeline().stream()
                .map(e -> new CaseReport.TimelineEntry(e.at(), e.author(), e.kind(), maskText(e.text(), names))).toList();
        List<CaseReport.FinalReply> replies = r.finalReplies().stream()
                .map(f -> new CaseReport.FinalReply(f.kind(), maskText(f.recipient(), names), f.at(), f.author(),
                        maskText(f.text(), names), f.blockHits(), f.warnHits())).toList();
        CaseReport.Header h = r.header();
        CaseReport.Header header = new CaseReport.Header(h.company(), h.store(), h.caseNumber(),
                maskText(h.title(), names), h.severity(), h.level(), h.status(), h.mediaReach(), h.category(),
                h.riskType(), h.openedAt(), h.closedAt());
        CaseReport.Review v = r.review();
        CaseReport.Review review = v == null ? null : new CaseReport.Review(maskText(v.whatHappened(), names),
                maskText(v.whatWorked(), names), maskText(v.whatToChange(), names));
        CaseReport.Escalation e = r.escalation();
        CaseReport.Escalation escalation = e == null ? null
                : new CaseReport.Escalation(e.route(), e.departments(), e.reportedAt(), maskText(e.note(), names));
        return new CaseReport(header, maskText(r.summary(), names), maskText(r.description(), names), customers,
                media, r.undercover(), escalation, r.checklist(), timeline, replies, maskText(r.solution(), names),
                maskText(r.outcome(), names), review, r.attachments(), r.auditChainHead(), r.preparedBy(), r.zone(),
                true);
    }

    private static void addName(Set<String> names, String name) {
        if (name != null && !name.isBlank()) {
            names.add(name.strip());
        }
    }

    private static String replace(Pattern p, String text, java.util.function.Function<Matcher, String> f) {
        Matcher m = p.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(f.apply(m)));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
