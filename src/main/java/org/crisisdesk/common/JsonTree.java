package org.crisisdesk.common;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON tree that remembers the line each value starts on, so that import messages can name
 * the line of a missing or malformed field (rules files, script packs).
 */
public final class JsonTree {
    private JsonTree() {
    }

    /**
     * A parsed value and the line it starts on: a {@code Map<String, Node>}, a {@code List<Node>}, a
     * String, a Long (whole numbers), a Double, a Boolean, or null.
     */
    public record Node(Object value, int line) {
    }

    /** Reads the value at the parser's current token (call {@code nextToken()} first). */
    public static Node read(JsonParser p) throws IOException {
        int line = line(p.currentTokenLocation());
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Node> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    m.put(name, read(p));
                }
                return new Node(m, line);
            }
            case START_ARRAY -> {
                List<Node> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(read(p));
                }
                return new Node(list, line);
            }
            case VALUE_STRING -> {
                return new Node(p.getText(), line);
            }
            case VALUE_NUMBER_INT -> {
                return new Node(p.getLongValue(), line);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new Node(p.getDoubleValue(), line);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Node(t == JsonToken.VALUE_TRUE, line);
            }
            default -> {
                return new Node(null, line);
            }
        }
    }

    public static int line(JsonLocation at) {
        return at == null ? 0 : at.getLineNr();
    }
}
