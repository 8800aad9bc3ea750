package dev.lvb.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** Compares JSON texts by value: member order ignored, numbers compared numerically ({@code 160} = {@code 160.0}). */
final class JsonAssert {

    private JsonAssert() {
    }

    static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    static void assertSameJson(String actual, String expected) {
        assertThat(normalize(parse(actual))).as("JSON %s", actual).isEqualTo(normalize(parse(expected)));
    }

    static Object normalize(JsonValue v) {
        if (v instanceof JsonObject o) {
            Map<String, Object> m = new LinkedHashMap<>();
            new java.util.TreeMap<>(o).forEach((k, x) -> m.put(k, normalize(x)));
            return m;
        }
        if (v instanceof JsonArray a) {
            List<Object> l = new ArrayList<>();
            a.forEach(x -> l.add(normalize(x)));
            return l;
        }
        if (v instanceof JsonNumber n) {
            BigDecimal d = n.bigDecimalValue().stripTrailingZeros();
            return d.signum() == 0 ? BigDecimal.ZERO : d;
        }
        if (v instanceof JsonString s) {
            return "\"" + s.getString();
        }
        return v.toString();
    }
}
