package dev.archkit.cost;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a JSON document into Jackson's tree with the streaming parser alone, as
 * {@code new ObjectMapper().readTree} would (numbers as int, long, big integer or double nodes,
 * the last of repeated keys kept, nothing read after the first value).
 *
 * <p>Why not {@code ObjectMapper}: building one loads and initialises several hundred classes of
 * the data-binding layer, and a {@code check} reads the price table from a rule thread while
 * the other rules run: on 10,000 services that read cost 57–85 ms of that thread's CPU, against
 * a few milliseconds for the 25 KB of the table itself. The tree is all the price table needs.
 */
final class JsonTree {
    private JsonTree() { }

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The document's first value, or null when the input holds none. */
    static JsonNode read(InputStream in) throws IOException {
        try (JsonParser p = FACTORY.createParser(in)) {
            return p.nextToken() == null ? null : value(p);
        }
    }

    /** The document's first value, or null when the text holds none. */
    static JsonNode read(String text) throws IOException {
        try (JsonParser p = FACTORY.createParser(text)) {
            return p.nextToken() == null ? null : value(p);
        }
    }

    /** The value at the parser's current token (the parser bounds nesting, so the recursion is bounded too). */
    private static JsonNode value(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case START_OBJECT -> {
                ObjectNode o = NODES.objectNode();
                for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
                    p.nextToken();
                    o.set(key, value(p));
                }
                yield o;
            }
            case START_ARRAY -> {
                ArrayNode a = NODES.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) a.add(value(p));
                yield a;
            }
            case VALUE_STRING -> NODES.textNode(p.getText());
            case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
                case INT -> NODES.numberNode(p.getIntValue());
                case LONG -> NODES.numberNode(p.getLongValue());
                default -> NODES.numberNode(p.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected " + p.currentToken());
        };
    }
}
