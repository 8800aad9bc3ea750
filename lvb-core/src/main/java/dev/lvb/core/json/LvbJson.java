package dev.lvb.core.json;

import java.io.StringReader;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.NoSuchElementException;

import dev.lvb.core.error.LvbProtocolException;
import dev.lvb.core.error.Redaction;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.spi.JsonbProvider;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;

/**
 * The one JSON codec of the library: a shared JSON-B instance for the models (lenient on input, see
 * {@link LvbLenient}) and a JSON-P reader for raw bodies. The implementation (Yasson/Parsson, or whatever the runtime
 * has) is looked up once, not per call.
 */
public final class LvbJson {

    private static volatile Jsonb jsonb;
    private static volatile JsonProvider provider;
    private static volatile JsonParserFactory parserFactory;

    private LvbJson() {
    }

    /**
     * @return the shared JSON-B instance: nulls omitted on output; on input unknown properties ignored, and every
     *         {@code Long}, {@code Integer}, {@code Double} and {@code String} read leniently ({@link LvbLenient})
     */
    public static Jsonb jsonb() {
        Jsonb j = jsonb;
        if (j == null) {
            synchronized (LvbJson.class) {
                j = jsonb;
                if (j == null) {
                    j = createJsonb(new JsonbConfig().withNullValues(false).withDeserializers(
                            new LvbLenient.LongValue(), new LvbLenient.IntValue(), new LvbLenient.DoubleValue(),
                            new LvbLenient.Text()));
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
            p = own(JsonProvider.class).orElseGet(JsonProvider::provider);
            provider = p;
        }
        return p;
    }

    /**
     * The implementations are looked up with this library's class loader first: the APIs' own lookup uses the thread's
     * context class loader, which in Quarkus tests and dev-mode restarts can offer an implementation from another
     * class loader ("not a subtype" errors), while these cached instances outlive the restart.
     */
    private static Jsonb createJsonb(JsonbConfig config) {
        return own(JsonbProvider.class).map(p -> p.create().withProvider(provider()).withConfig(config).build())
                .orElseGet(() -> JsonbBuilder.create(config));
    }

    private static <T> java.util.Optional<T> own(Class<T> service) {
        try {
            java.util.Iterator<T> found = java.util.ServiceLoader.load(service, LvbJson.class.getClassLoader())
                    .iterator();
            return found.hasNext() ? java.util.Optional.of(found.next()) : java.util.Optional.empty();
        } catch (java.util.ServiceConfigurationError e) {
            return java.util.Optional.empty();
        }
    }

    private static JsonParserFactory parsers() {
        JsonParserFactory f = parserFactory;
        if (f == null) {
            f = provider().createParserFactory(Map.of());
            parserFactory = f;
        }
        return f;
    }

    /**
     * Parses a body that must be one JSON object.
     *
     * @param body the raw bytes (UTF-8; malformed sequences read as U+FFFD)
     * @return the object
     * @throws LvbProtocolException when it is not exactly one JSON object
     */
    public static JsonObject parseObject(byte[] body) {
        // Decoded once and parsed as text: Parsson's InputStream path wraps the bytes in an InputStreamReader whose
        // decoder allocates an 8 KB buffer per body. Both decode alike (malformed UTF-8 becomes U+FFFD), and the
        // String overload catches the same exceptions.
        return parseObject(new String(body, StandardCharsets.UTF_8));
    }

    /**
     * @param body a JSON text
     * @return the object it holds
     * @throws LvbProtocolException when it is not exactly one JSON object
     */
    public static JsonObject parseObject(String body) {
        try (JsonParser parser = parsers().createParser(new StringReader(body))) {
            return readOne(parser, body);
        } catch (JsonException | IllegalStateException | NoSuchElementException | IllegalArgumentException
                | UnsupportedOperationException | ArithmeticException e) {
            // Parsson also refuses hostile numbers with UnsupportedOperationException (more than 1100 characters)
            // and NumberFormatException (an exponent beyond int): still "not LVB's JSON", not a crash.
            throw notJson(body, e);
        }
    }

    // A JsonReader stops after the first value and ignores whatever follows ({"ret":0}{"ret":1} or a truncated
    // concatenation would pass); the parser is asked for the end of input explicitly.
    private static JsonObject readOne(JsonParser parser, String text) {
        if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
            throw new LvbProtocolException(null, "expected a JSON object", text, null);
        }
        JsonObject object = parser.getObject();
        if (parser.hasNext()) {
            throw new LvbProtocolException(null, "unexpected content after the JSON object", text, null);
        }
        return object;
    }

    private static LvbProtocolException notJson(String body, Exception e) {
        String why = e instanceof JsonParsingException ? "body is not valid JSON" : "body could not be read as JSON";
        return new LvbProtocolException(null, why, body, e);
    }

    /**
     * Binds a JSON value to a model class. Prefer this overload for plain classes: its result type is checked by
     * the compiler (with the {@link Type} overload, {@code List.of(bind(v, X.class))} infers {@code T = X[]} and
     * fails at run time).
     *
     * @param <T> the model type
     * @param value the JSON value
     * @param type the model class
     * @return the bound model
     * @throws LvbProtocolException when values have the wrong type
     */
    public static <T> T bind(JsonValue value, Class<T> type) {
        return bind(value, (Type) type);
    }

    /**
     * Binds a JSON value to a model.
     *
     * @param <T> the model type
     * @param value the JSON value
     * @param type the model type, e.g. a parameterized list
     * @return the bound model
     * @throws LvbProtocolException when values have the wrong type
     */
    public static <T> T bind(JsonValue value, Type type) {
        return bindText(value.toString(), type);
    }

    /**
     * Binds JSON text to a model, like {@link #bind(JsonValue, Class)} on the value it holds, without building
     * that value first. A key that occurs twice is bound twice (the last value wins), so an earlier value of the
     * wrong type fails here although the parsed object (which keeps only the last) would bind.
     *
     * @param json a JSON text (already known to be valid JSON)
     * @param <T> the model type
     * @param type the model class
     * @return the bound model
     * @throws LvbProtocolException when values have the wrong type
     */
    public static <T> T bind(String json, Class<T> type) {
        return bindText(json, type);
    }

    private static <T> T bindText(String json, Type type) {
        try {
            return jsonb().fromJson(json, type);
        } catch (JsonbException | ClassCastException | IllegalArgumentException | ArithmeticException e) {
            throw unexpectedTypes(json, e);
        }
    }

    /** The one report of a value of the wrong type, for JSON-B binding and {@link LvbBinding} alike. */
    static LvbProtocolException unexpectedTypes(String json, RuntimeException e) {
        return new LvbProtocolException(null,
                "unexpected value types in LVB's JSON: " + Redaction.clip(rootMessage(e)), json, e);
    }

    /**
     * @param model a model
     * @return the model as JSON with exactly its wire names
     */
    public static String toJson(Object model) {
        return jsonb().toJson(model);
    }

    /**
     * @param model a model
     * @return the model as a JSON-P object
     */
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
