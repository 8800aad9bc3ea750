package dev.lvb.core.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.lvb.core.error.LvbProtocolException;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;

/**
 * The one JSON codec of the project: a shared JSON-B instance for the models and a JSON-P reader for raw bodies.
 * The implementation (Yasson/Parsson, or whatever the runtime has) is looked up once, not per call.
 */
public final class LvbJson {

    private static volatile Jsonb jsonb;
    private static volatile JsonProvider provider;
    private static volatile JsonReaderFactory readerFactory;

    private LvbJson() {
    }

    /** @return the shared JSON-B instance (nulls omitted on output, unknown properties ignored on input) */
    public static Jsonb jsonb() {
        Jsonb j = jsonb;
        if (j == null) {
            synchronized (LvbJson.class) {
                j = jsonb;
                if (j == null) {
                    j = JsonbBuilder.create(new JsonbConfig().withNullValues(false));
                    jsonb = j;
                }
            }
        }
        return j;
    }

    /** @return the shared JSON-P provider */
    public static JsonProvider provider() {
        JsonProvider p = provider;
        if (p == null) {
            p = JsonProvider.provider();
            provider = p;
        }
        return p;
    }

    private static JsonReaderFactory readers() {
        JsonReaderFactory f = readerFactory;
        if (f == null) {
            f = provider().createReaderFactory(Map.of());
            readerFactory = f;
        }
        return f;
    }

    /**
     * Parses a body that must be one JSON object.
     *
     * @param body the raw bytes (UTF-8)
     * @return the object
     * @throws LvbProtocolException when it is not exactly one JSON object
     */
    public static JsonObject parseObject(byte[] body) {
        return parseObject(new ByteArrayInputStream(body), () -> new String(body, StandardCharsets.UTF_8));
    }

    /**
     * @param body a JSON text
     * @return the object it holds
     * @throws LvbProtocolException when it is not exactly one JSON object
     */
    public static JsonObject parseObject(String body) {
        try (JsonReader reader = readers().createReader(new StringReader(body))) {
            return asObject(reader.read(), () -> body);
        } catch (JsonException | IllegalStateException e) {
            throw notJson(body, e);
        }
    }

    private static JsonObject parseObject(InputStream in, java.util.function.Supplier<String> text) {
        try (JsonReader reader = readers().createReader(in, StandardCharsets.UTF_8)) {
            return asObject(reader.read(), text);
        } catch (JsonException | IllegalStateException e) {
            throw notJson(text.get(), e);
        }
    }

    private static JsonObject asObject(JsonStructure s, java.util.function.Supplier<String> text) {
        if (s instanceof JsonObject o) {
            return o;
        }
        throw new LvbProtocolException(null, "expected a JSON object", text.get(), null);
    }

    private static LvbProtocolException notJson(String body, Exception e) {
        String why = e instanceof JsonParsingException ? "body is not valid JSON" : "body could not be read as JSON";
        return new LvbProtocolException(null, why, body, e);
    }

    /**
     * Binds a JSON value to a model.
     *
     * @throws LvbProtocolException when values have the wrong type
     */
    public static <T> T bind(JsonValue value, Type type) {
        try {
            return jsonb().fromJson(value.toString(), type);
        } catch (JsonbException | ClassCastException | IllegalArgumentException | ArithmeticException e) {
            throw new LvbProtocolException(null, "unexpected value types in LVB's JSON: " + rootMessage(e),
                    value.toString(), e);
        }
    }

    /** @return the model as JSON with exactly its wire names */
    public static String toJson(Object model) {
        return jsonb().toJson(model);
    }

    /** @return the model as a JSON-P object */
    public static JsonObject toJsonObject(Object model) {
        return parseObject(toJson(model));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }
}
