package org.crisisdesk.operators;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Display masks for personal data: 张** · 138****5678 · 010-****5678, and phone and ID-card
 * numbers inside free text. Display only: callers never save a masked value back.
 */
public final class PersonalDataMasker {
    /** Two-character surnames, so that 欧阳娜娜 is addressed as 欧阳女士. */
    private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "司马", "诸葛", "上官", "东方", "皇甫",
            "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯", "轩辕", "端木", "独孤", "南宫", "西门",
            "申屠", "澹台", "太史", "闻人", "赫连", "呼延", "万俟", "钟离", "百里", "东郭", "濮阳");
    /** 18-digit resident ID numbers (last may be X). */
    private static final Pattern ID_CARD = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])");
    /** Mainland mobiles, optionally with +86 and separators. */
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])(?:\\+?86[ -]?)?1[3-9]\\d(?:[ -]?\\d{4}){2}(?![0-9])");
    /** Landlines with an area code: 010-12345678, 0571 8888 6666, 075588886666. */
    private static final Pattern LANDLINE = Pattern.compile("(?<![0-9])0\\d{2,3}[ -]?\\d{7,8}(?![0-9])");

    private PersonalDataMasker() {
    }

    /** 张三 → 张*, 张三丰 → 张**, 欧阳娜娜 → 欧***; a single character becomes *. */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String s = name.strip();
        int first = s.codePointAt(0);
        int count = s.codePointCount(0, s.length());
        if (count == 1) {
            return "*";
        }
        return new StringBuilder().appendCodePoint(first).append("*".repeat(count - 1)).toString();
    }

    /** 13812345678 → 138****5678; 010-12345678 → 010-****5678; 88886666 → ****6666. */
    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String d = ascii(phone).replaceAll("[^0-9]", "");
        String prefix = "";
        if (d.length() == 13 && d.startsWith("861")) {
            prefix = "+86 ";
            d = d.substring(2);
        }
        if (d.length() == 11 && d.charAt(0) == '1') {
            return prefix + d.substring(0, 3) + "****" + d.substring(7);
        }
        if (d.length() >= 10 && d.charAt(0) == '0') {
            int area = d.charAt(1) == '1' || d.charAt(1) == '2' ? 3 : 4;
            String local = d.substring(area);
            return d.substring(0, area) + "-" + stars(local);
        }
        if (d.length() >= 7) {
            return stars(d);
        }
        return "****";
    }

    /** 110101199003071234 → 110***********1234. */
    public static String idCard(String id) {
        if (id == null || id.length() < 8) {
            return id == null ? null : "****";
        }
        return id.substring(0, 3) + "*".repeat(id.length() - 7) + id.substring(id.length() - 4);
    }

    /** Masks ID-card, mobile and landline numbers written anywhere in free text (full-width digits too). */
    public static String freeText(String text) {
        if (text == null || text.isEmpty() || fewerDigitsThan(text, 7)) {
            return text; // every pattern needs ten digits or more; the board masks every case's text at load
        }
        String out = replace(text, ID_CARD, PersonalDataMasker::idCard);
        out = replace(out, MOBILE, PersonalDataMasker::phone);
        return replace(out, LANDLINE, PersonalDataMasker::phone);
    }

    /**
     * How a draft addresses the customer ({顾客称呼}): surname + 先生/女士, or 您 when the name or
     * the honorific is unknown.
     */
    public static String honorific(String name, Honorific honorific) {
        if (name == null || name.isBlank() || honorific == null || honorific == Honorific.UNKNOWN) {
            return "您";
        }
        return surname(name.strip()) + honorific.suffix();
    }

    /** The surname: a known two-character surname, else the first character; the last word of a Latin name. */
    public static String surname(String name) {
        String s = name.strip();
        if (s.chars().allMatch(c -> c < 0x2E80)) {
            String[] words = s.split("\\s+");
            return words[words.length - 1];
        }
        for (String compound : COMPOUND_SURNAMES) {
            if (s.startsWith(compound) && s.length() > compound.length()) {
                return compound;
            }
        }
        return new StringBuilder().appendCodePoint(s.codePointAt(0)).toString();
    }

    private static boolean fewerDigitsThan(String text, int n) {
        int seen = 0;
        for (int i = 0; i < text.length() && seen < n; i++) {
            if (Character.isDigit(text.charAt(i))) {
                seen++;
            }
        }
        return seen < n;
    }

    private static String stars(String digits) {
        return "*".repeat(digits.length() - 4) + digits.substring(digits.length() - 4);
    }

    /** Matches on a copy with full-width digits folded to ASCII (same length), replaces in the original. */
    private static String replace(String text, Pattern p, UnaryOperator<String> mask) {
        String folded = ascii(text);
        Matcher m = p.matcher(folded);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start()).append(mask.apply(m.group()));
            last = m.end();
        }
        return last == 0 ? text : out.append(text, last, text.length()).toString();
    }

    /** Folds full-width digits, plus, hyphen and space (one char each) to ASCII. */
    private static String ascii(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= '０' && c[i] <= '９') {
                c[i] = (char) (c[i] - '０' + '0');
            } else if (c[i] == '＋') {
                c[i] = '+';
            } else if (c[i] == '－') {
                c[i] = '-';
            } else if (c[i] == '　') {
                c[i] = ' ';
            } else if (c[i] == 'Ｘ' || c[i] == 'ｘ') {
                c[i] = 'X';
            }
        }
        return new String(c);
    }
}
