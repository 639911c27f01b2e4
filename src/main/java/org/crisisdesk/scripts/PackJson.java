package org.crisisdesk.scripts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import org.crisisdesk.common.JsonTree;
import org.crisisdesk.common.JsonTree.Node;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crisisdesk.common.UserException;

/**
 * Script packs as readable UTF-8 JSON: {@code {"format": "crisisdesk-scripts", "version": 1,
 * "exported": "...", "scripts": [{"code", "title", "scenario", "tags", "body", "approved",
 * "revision", "updated"}]}}. Reading keeps the line of every value, so a syntax error or a missing
 * or malformed field is reported with its line and field name ({@code scripts.pack.*}).
 */
public final class PackJson {
    public static final String FORMAT = "crisisdesk-scripts";
    public static final int VERSION = 1;

    private PackJson() {
    }

    public static List<PackEntry> read(String json) {
        return read(new StringReader(json));
    }

    /** Parses a pack; refuses it whole at the first problem. */
    public static List<PackEntry> read(Reader reader) {
        Node root;
        try (JsonParser parser = new JsonFactory().createParser(reader)) {
            if (parser.nextToken() == null) {
                throw new UserException("scripts.pack.empty");
            }
            root = JsonTree.read(parser);
            if (parser.nextToken() != null) {
                throw syntax(parser.currentTokenLocation(), "trailing content");
            }
        } catch (JsonParseException e) {
            throw syntax(e.getLocation(), e.getOriginalMessage());
        } catch (IOException e) {
            throw new UserException(e, "scripts.pack.unreadable", String.valueOf(e.getMessage()));
        }
        Map<String, Node> top = object(root, "(root)");
        String format = string(top, "format", root.line());
        if (!FORMAT.equals(format)) {
            throw new UserException("scripts.pack.format", format);
        }
        int version = integer(top, "version", root.line());
        if (version != VERSION) {
            throw new UserException("scripts.pack.version", version, VERSION);
        }
        Node list = field(top, "scripts", root.line());
        if (!(list.value() instanceof List<?> items)) {
            throw bad(list.line(), "scripts", "[...]");
        }
        List<PackEntry> out = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Object o : items) {
            PackEntry e = entry((Node) o);
            if (!codes.add(e.code())) {
                throw new UserException("scripts.pack.duplicateCode", e.line(), e.code());
            }
            out.add(e);
        }
        return out;
    }

    private static PackEntry entry(Node node) {
        Map<String, Node> m = object(node, "scripts[]");
        int line = node.line();
        String code = string(m, "code", line).strip();
        if (code.isEmpty() || code.length() > 80) {
            throw bad(m.get("code").line(), "code", "1..80");
        }
        String title = string(m, "title", line).strip();
        if (title.isEmpty() || title.length() > 200) {
            throw bad(m.get("title").line(), "title", "1..200");
        }
        Node sc = field(m, "scenario", line);
        Scenario scenario = Scenario.parse(sc.value() instanceof String s ? s : null)
                .orElseThrow(() -> bad(sc.line(), "scenario", "媒体接待|书面回复|先行赔付|暗访应对|社交平台回复|顾客安抚|内部上报"));
        List<String> tags = new ArrayList<>();
        Node t = m.get("tags");
        if (t != null) {
            if (!(t.value() instanceof List<?> list)) {
                throw bad(t.line(), "tags", "[\"...\"]");
            }
            for (Object o : list) {
                if (!(((Node) o).value() instanceof String s)) {
                    throw bad(((Node) o).line(), "tags", "[\"...\"]");
                }
                tags.addAll(ScriptEdit.parseTags(s));
            }
        }
        String body = string(m, "body", line);
        if (body.isBlank()) {
            throw bad(m.get("body").line(), "body", "text");
        }
        Node ap = field(m, "approved", line);
        if (!(ap.value() instanceof Boolean approved)) {
            throw bad(ap.line(), "approved", "true|false");
        }
        int revision = m.containsKey("revision") ? integer(m, "revision", line) : 1;
        String updated = m.containsKey("updated") ? string(m, "updated", line) : null;
        return new PackEntry(code, title, scenario, List.copyOf(new java.util.LinkedHashSet<>(tags)), body,
                approved, revision, updated, line);
    }

    /** Writes scripts as a pack (pretty-printed, UTF-8 safe: Chinese is written as is). */
    public static String write(List<PackEntry> entries, Instant exported) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("exported", exported.toString());
        List<Map<String, Object>> list = new ArrayList<>();
        for (PackEntry e : entries) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", e.code());
            m.put("title", e.title());
            m.put("scenario", e.scenario().term());
            m.put("tags", e.tags());
            m.put("body", e.body());
            m.put("approved", e.approved());
            m.put("revision", e.revision());
            if (e.updated() != null) {
                m.put("updated", e.updated());
            }
            list.add(m);
        }
        root.put("scripts", list);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A local script as a pack entry. An unedited imported script keeps the pack's revision. */
    public static PackEntry entryOf(Script s) {
        int revision = !s.locallyEdited() && s.packRevision() != null ? s.packRevision() : s.version() + 1;
        String updated = s.updatedAt() == null ? null : s.updatedAt().toString();
        return new PackEntry(s.code(), s.title(), s.scenario(), s.tags(), s.body(), s.approved(), revision, updated, 0);
    }

    // ---- a tiny tree with line numbers --------------------------------------------------------

    @SuppressWarnings("unchecked")
    private static Map<String, Node> object(Node node, String field) {
        if (!(node.value() instanceof Map<?, ?> m)) {
            throw bad(node.line(), field, "{...}");
        }
        return (Map<String, Node>) m;
    }

    private static Node field(Map<String, Node> m, String name, int line) {
        Node n = m.get(name);
        if (n == null || n.value() == null) {
            throw new UserException("scripts.pack.missingField", line, name);
        }
        return n;
    }

    private static String string(Map<String, Node> m, String name, int line) {
        Node n = field(m, name, line);
        if (!(n.value() instanceof String s)) {
            throw bad(n.line(), name, "\"...\"");
        }
        return s;
    }

    private static int integer(Map<String, Node> m, String name, int line) {
        Node n = field(m, name, line);
        if (!(n.value() instanceof Long l) || l < 0 || l > Integer.MAX_VALUE) {
            throw bad(n.line(), name, "0, 1, 2 ...");
        }
        return l.intValue();
    }

    private static UserException bad(int line, String field, String expected) {
        return new UserException("scripts.pack.badField", line, field, expected);
    }

    private static UserException syntax(JsonLocation at, String detail) {
        return new UserException("scripts.pack.syntax", JsonTree.line(at), at == null ? 0 : at.getColumnNr(), detail);
    }

}
