package dev.lvb.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeSet;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * JSON helpers for tests: fixtures from {@code src/test/resources/fixtures}, and a structural comparison that
 * treats {@code 1}, {@code 1.0} and {@code 1E0} as the same number (JSON-B may write a {@code Double} as
 * {@code 160.0} where LVB wrote {@code 160}), while keys, strings, arrays and the number/string distinction must
 * match exactly.
 */
public final class TestJson {

    private TestJson() {
    }

    /** @return the text of {@code fixtures/<name>} */
    public static String fixtureText(String name) {
        try (InputStream in = TestJson.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return {@code fixtures/<name>} as a JSON object */
    public static JsonObject fixture(String name) {
        return json(fixtureText(name));
    }

    /** @return the text parsed as one JSON object */
    public static JsonObject json(String text) {
        try (JsonReader r = Json.createReader(new StringReader(text))) {
            return r.readObject();
        }
    }

    /** @return the text parsed as any JSON value */
    public static JsonValue value(String text) {
        try (JsonReader r = Json.createReader(new StringReader(text))) {
            return r.readValue();
        }
    }

    /** @return a copy of {@code o} with one more (or replaced) member */
    public static JsonObject with(JsonObject o, String name, JsonValue v) {
        return Json.createObjectBuilder(o).add(name, v).build();
    }

    /** @return a copy of {@code o} without a member */
    public static JsonObject without(JsonObject o, String name) {
        return Json.createObjectBuilder(o).remove(name).build();
    }

    /** Asserts that two JSON values are the same, numbers compared by value. */
    public static void assertSameJson(JsonValue expected, JsonValue actual) {
        compare("$", expected, actual, expected, actual);
    }

    /** Asserts that {@code actual} equals the JSON text {@code expected}, numbers compared by value. */
    public static void assertSameJson(String expected, JsonValue actual) {
        assertSameJson(value(expected), actual);
    }

    private static void compare(String path, JsonValue e, JsonValue a, JsonValue rootE, JsonValue rootA) {
        if (e == null || a == null) {
            if (e != a) {
                fail("%s: expected %s but was %s%n expected: %s%n actual:   %s", path, e, a, rootE, rootA);
            }
            return;
        }
        if (e.getValueType() != a.getValueType()) {
            fail("%s: expected %s (%s) but was %s (%s)%n expected: %s%n actual:   %s", path, e, e.getValueType(), a,
                    a.getValueType(), rootE, rootA);
        }
        switch (e.getValueType()) {
            case OBJECT -> {
                Map<String, JsonValue> eo = e.asJsonObject();
                Map<String, JsonValue> ao = a.asJsonObject();
                if (!eo.keySet().equals(ao.keySet())) {
                    fail("%s: expected keys %s but were %s%n expected: %s%n actual:   %s", path,
                            new TreeSet<>(eo.keySet()), new TreeSet<>(ao.keySet()), rootE, rootA);
                }
                for (String k : eo.keySet()) {
                    compare(path + "." + k, eo.get(k), ao.get(k), rootE, rootA);
                }
            }
            case ARRAY -> {
                JsonArray ea = e.asJsonArray();
                JsonArray aa = a.asJsonArray();
                if (ea.size() != aa.size()) {
                    fail("%s: expected %d elements but were %d%n expected: %s%n actual:   %s", path, ea.size(),
                            aa.size(), rootE, rootA);
                }
                for (int i = 0; i < ea.size(); i++) {
                    compare(path + "[" + i + "]", ea.get(i), aa.get(i), rootE, rootA);
                }
            }
            case NUMBER -> {
                if (((JsonNumber) e).bigDecimalValue().compareTo(((JsonNumber) a).bigDecimalValue()) != 0) {
                    fail("%s: expected %s but was %s%n expected: %s%n actual:   %s", path, e, a, rootE, rootA);
                }
            }
            case STRING -> assertThat(((JsonString) a).getString()).as(path)
                    .isEqualTo(((JsonString) e).getString());
            default -> {
                // TRUE, FALSE, NULL: same type is the same value
            }
        }
    }
}
