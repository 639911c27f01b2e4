package org.crisisdesk.checker;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import org.crisisdesk.common.JsonTree;
import org.crisisdesk.common.JsonTree.Node;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crisisdesk.common.UserException;

/**
 * Reads and writes rule files: readable UTF-8 JSON, {@code {"format": "crisis-desk-rules",
 * "version": 1, "rules": [...]}}. Reading keeps the line of every value, so a syntax error or a
 * missing or malformed field is reported with its line and field name.
 *
 * <p>Pattern forms: {@code {"literal": "私单"}}, {@code {"anyOf": ["我认为", "我觉得"]}},
 * {@code {"parts": [["商户", "老板"], ["跑了"], ["没办法"]], "maxGap": 12}}; an exception may add
 * {@code "scope": "sentence"} to cancel every hit in its sentence rather than only those it overlaps.
 */
public final class RulesJson {
    public static final String FORMAT = "crisis-desk-rules";

    private RulesJson() {
    }

    public static List<Rule> read(String json) {
        return read(new StringReader(json));
    }

    /**
     * Parses a rule file (without running the rules' examples; see {@link RuleVerification}).
     *
     * @throws UserException {@code checker.file.*} naming the line and the field
     */
    public static List<Rule> read(Reader reader) {
        Node root;
        try (JsonParser parser = new JsonFactory().createParser(reader)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new UserException("checker.file.empty");
            }
            root = JsonTree.read(parser);
            if (parser.nextToken() != null) {
                throw new UserException("checker.file.syntax", String.valueOf(JsonTree.line(parser.currentTokenLocation())),
                        column(parser.currentTokenLocation()), "trailing content");
            }
        } catch (JsonParseException e) {
            String msg = e.getOriginalMessage();
            throw new UserException(e, "checker.file.syntax", String.valueOf(JsonTree.line(e.getLocation())), column(e.getLocation()),
                    msg.lines().findFirst().orElse(msg));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Node> top = object(root, "(file)");
        Node format = top.get("format");
        if (format != null && !FORMAT.equals(format.value())) {
            throw new UserException("checker.file.badField", String.valueOf(format.line()), "format", FORMAT);
        }
        List<Rule> rules = new ArrayList<>();
        for (Node n : array(required(top, "rules", root.line()), "rules")) {
            rules.add(rule(n));
        }
        return rules;
    }

    private static Rule rule(Node node) {
        Map<String, Node> m = object(node, "rules[]");
        String id = text(required(m, "id", node.line()), "id");
        String kind = text(required(m, "kind", node.line()), "kind");
        Node sevNode = required(m, "severity", node.line());
        Severity severity;
        try {
            severity = Severity.valueOf(text(sevNode, "severity").trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserException("checker.file.badField", String.valueOf(sevNode.line()), "severity", "BLOCK | WARN");
        }
        String reason = text(required(m, "reason", node.line()), "reason");
        List<String> suggestions = texts(required(m, "suggestions", node.line()), "suggestions");
        List<RulePattern> patterns = patterns(required(m, "patterns", node.line()), "patterns");
        List<RulePattern> exceptions = m.containsKey("exceptions") ? patterns(m.get("exceptions"), "exceptions") : List.of();
        List<String> mustFlag = texts(required(m, "mustFlag", node.line()), "mustFlag");
        List<String> mustNotFlag = m.containsKey("mustNotFlag") ? texts(m.get("mustNotFlag"), "mustNotFlag") : List.of();
        return new Rule(id, kind, severity, reason, suggestions, patterns, exceptions, mustFlag, mustNotFlag);
    }

    private static List<RulePattern> patterns(Node node, String field) {
        List<RulePattern> out = new ArrayList<>();
        for (Node n : array(node, field)) {
            Map<String, Node> m = object(n, field + "[]");
            RulePattern p;
            if (m.containsKey("literal")) {
                p = RulePattern.literal(text(m.get("literal"), "literal"));
            } else if (m.containsKey("anyOf")) {
                p = new RulePattern(List.of(texts(m.get("anyOf"), "anyOf")), 0, null);
            } else if (m.containsKey("parts")) {
                List<List<String>> parts = new ArrayList<>();
                for (Node part : array(m.get("parts"), "parts")) {
                    parts.add(part.value() instanceof String s ? List.of(s) : texts(part, "parts"));
                }
                int gap = RulePattern.DEFAULT_GAP;
                if (m.containsKey("maxGap")) {
                    Node g = m.get("maxGap");
                    if (!(g.value() instanceof Number num)) {
                        throw new UserException("checker.file.badField", String.valueOf(g.line()), "maxGap", "0.." + RulePattern.MAX_GAP);
                    }
                    gap = num.intValue();
                }
                p = RulePattern.parts(gap, parts);
            } else {
                throw new UserException("checker.file.missingField", String.valueOf(n.line()), "literal | anyOf | parts");
            }
            if (m.containsKey("scope")) {
                String scope = text(m.get("scope"), "scope").toUpperCase(Locale.ROOT);
                if (!scope.equals("SENTENCE") && !scope.equals("OVERLAP")) {
                    throw new UserException("checker.file.badField", String.valueOf(m.get("scope").line()), "scope", "overlap | sentence");
                }
                p = p.withScope(RulePattern.Scope.valueOf(scope));
            }
            out.add(p);
        }
        return out;
    }

    private static Node required(Map<String, Node> m, String field, int line) {
        Node n = m.get(field);
        if (n == null || n.value() == null) {
            throw new UserException("checker.file.missingField", String.valueOf(line), field);
        }
        return n;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Node> object(Node n, String field) {
        if (n.value() instanceof Map<?, ?> m) {
            return (Map<String, Node>) m;
        }
        throw new UserException("checker.file.badField", String.valueOf(n.line()), field, "{...}");
    }

    @SuppressWarnings("unchecked")
    private static List<Node> array(Node n, String field) {
        if (n.value() instanceof List<?> l) {
            return (List<Node>) l;
        }
        throw new UserException("checker.file.badField", String.valueOf(n.line()), field, "[...]");
    }

    private static String text(Node n, String field) {
        if (n.value() instanceof String s) {
            return s;
        }
        throw new UserException("checker.file.badField", String.valueOf(n.line()), field, "\"...\"");
    }

    private static List<String> texts(Node n, String field) {
        List<String> out = new ArrayList<>();
        for (Node item : array(n, field)) {
            out.add(text(item, field));
        }
        return out;
    }

    /** As text, so that line 1234 is not shown as "1,234" by MessageFormat. */
    private static String column(JsonLocation l) {
        return String.valueOf(l == null ? 0 : l.getColumnNr());
    }

    /** The rules as a readable, stable UTF-8 JSON document. */
    public static String write(List<Rule> rules) {
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("format", FORMAT);
        top.put("version", 1);
        List<Object> list = new ArrayList<>();
        for (Rule r : rules) {
            list.add(toMap(r));
        }
        top.put("rules", list);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(top) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One rule as JSON, the form the database keeps. */
    public static String writeRule(Rule rule) {
        try {
            return new ObjectMapper().writeValueAsString(toMap(rule));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one rule written by {@link #writeRule}. */
    public static Rule readRule(String json) {
        return read("{\"rules\":[" + json + "]}").get(0);
    }

    private static Map<String, Object> toMap(Rule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("kind", r.kind());
        m.put("severity", r.severity().name());
        m.put("reason", r.reason());
        m.put("suggestions", r.suggestions());
        m.put("patterns", r.patterns().stream().map(RulesJson::patternMap).toList());
        if (!r.exceptions().isEmpty()) {
            m.put("exceptions", r.exceptions().stream().map(RulesJson::patternMap).toList());
        }
        m.put("mustFlag", r.mustFlag());
        m.put("mustNotFlag", r.mustNotFlag());
        return m;
    }

    private static Map<String, Object> patternMap(RulePattern p) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (p.isLiteral()) {
            m.put("literal", p.parts().get(0).get(0));
        } else if (p.parts().size() == 1) {
            m.put("anyOf", p.parts().get(0));
        } else {
            m.put("parts", p.parts());
            m.put("maxGap", p.maxGap());
        }
        if (p.scope() == RulePattern.Scope.SENTENCE) {
            m.put("scope", "sentence");
        }
        return m;
    }
}
