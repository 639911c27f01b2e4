package org.crisisdesk.ui.settings.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.crisisdesk.checker.RulePattern;

/**
 * Patterns as one editable line each: alternatives separated by {@code |}, ordered parts by
 * {@code …} (or {@code ...}), an optional {@code @N} for the largest gap between parts and
 * {@code @句}/{@code @sentence} for an exception that cancels every hit in its sentence.
 * Example: {@code 商户|老板 … 跑了|跑路 … 没办法 @12}.
 */
final class PatternText {
    private PatternText() {
    }

    static String format(List<RulePattern> patterns) {
        List<String> lines = new ArrayList<>();
        for (RulePattern p : patterns) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < p.parts().size(); i++) {
                if (i > 0) {
                    sb.append(" … ");
                }
                sb.append(String.join("|", p.parts().get(i)));
            }
            if (p.parts().size() > 1) {
                sb.append(" @").append(p.maxGap());
            }
            if (p.scope() == RulePattern.Scope.SENTENCE) {
                sb.append(" @句");
            }
            lines.add(sb.toString());
        }
        return String.join("\n", lines);
    }

    /** Parses the lines; blank lines are skipped. Empty words are kept so that validation names them. */
    static List<RulePattern> parse(String text) {
        List<RulePattern> out = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            int gap = RulePattern.DEFAULT_GAP;
            RulePattern.Scope scope = RulePattern.Scope.OVERLAP;
            List<String> tokens = new ArrayList<>(Arrays.asList(line.split("\\s+")));
            while (!tokens.isEmpty() && tokens.get(tokens.size() - 1).startsWith("@")) {
                String opt = tokens.remove(tokens.size() - 1).substring(1).toLowerCase(Locale.ROOT);
                if (opt.equals("句") || opt.equals("sentence")) {
                    scope = RulePattern.Scope.SENTENCE;
                } else {
                    try {
                        gap = Integer.parseInt(opt);
                    } catch (NumberFormatException e) {
                        tokens.add("@" + opt); // not an option: part of the pattern
                        break;
                    }
                }
            }
            String body = String.join(" ", tokens).replace("...", "…");
            List<List<String>> parts = new ArrayList<>();
            for (String part : body.split("…", -1)) {
                List<String> words = new ArrayList<>();
                for (String w : part.split("\\|", -1)) {
                    words.add(w.strip());
                }
                parts.add(words);
            }
            out.add(new RulePattern(parts, parts.size() > 1 ? gap : 0, scope));
        }
        return out;
    }

    static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
