package dev.lvb.it.hostile;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import dev.lvb.testing.LvbCallbackSender;
import dev.lvb.core.event.LvbEvent;
import dev.lvb.core.event.LvbEvents;
import dev.lvb.core.event.PornDetectionEvent;
import dev.lvb.core.event.RecordingFileEvent;
import dev.lvb.core.event.ScreenshotEvent;
import dev.lvb.core.event.StreamBeginEvent;
import dev.lvb.core.event.StreamEndEvent;
import dev.lvb.core.event.UnknownEvent;
import dev.lvb.core.testing.Gen;
import dev.lvb.it.Md5;
import dev.lvb.it.TestKeys;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

/**
 * Generates the hostile-traffic suite's requests from one {@link SplittableRandom} (so from the seed of
 * {@link dev.lvb.core.testing.Property}): every category of {@link Category} in its fixed share, each notification
 * with a stream id of its own (the run's prefix and a sequence number), so that what reached the observers can be
 * told apart afterwards. Valid notifications are signed with the callback key, by this test's own MD5
 * ({@link Md5}) or by the library's {@link LvbEvents#toSignedJson}; all the rest is refused for a known reason.
 */
public final class Notifications {

    /** {@code quarkus.lvb.callback.max-body-size=16K} of the application under test. */
    public static final int MAX_BODY = 16 * 1024;
    /** The receiver's nesting limit (LvbCallbackHandler.MAX_DEPTH). */
    public static final int MAX_DEPTH = 32;
    /** Bursts, and requests in each. */
    public static final int BURSTS = 10;

    static final Set<Integer> S401 = Set.of(401);
    static final Set<Integer> S403 = Set.of(403);
    static final Set<Integer> S400 = Set.of(400);
    static final Set<Integer> S413 = Set.of(413);

    private static final String KEY = TestKeys.CALLBACK_KEY;
    /** Looked up once: {@code Json.createXxx} looks the provider up (a ServiceLoader scan) on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final Gen<String> TEXT = Gen.strings(Gen.TEXT, 0, 24);
    private static final Gen<String> WORD = Gen.strings(Gen.ALPHA, 1, 12);
    private static final Gen<String> SUFFIX = Gen.strings(Gen.TEXT, 1, 6);
    private static final Gen<String> DIGITS = Gen.strings(Gen.DIGITS, 1, 20);
    private static final Gen<Long> LONGS = Gen.longs();
    private static final Gen<Long> TIMES = Gen.longs(0, 4_102_444_800L);
    private static final Gen<Integer> INTS = Gen.ints();
    private static final Gen<Double> DOUBLES = Gen.doubles().filter(Double::isFinite);
    private static final Gen<BigDecimal> DECIMALS = Gen.bigDecimals()
            .filter(d -> Math.abs((long) d.scale()) <= 300 && d.precision() <= 60);
    // whatever the library types today (it grows): an unknown type is one that binds to UnknownEvent
    private static final Gen<Integer> UNKNOWN_TYPES = Gen.ints().filter(t -> LvbEvents.typeOf(t) == UnknownEvent.class);
    private static final Gen<String> FIELD_NAMES = Gen.strings(Gen.TEXT, 1, 10)
            .filter(k -> !Set.of("t", "sign", "event_type", "stream_id", "streamId").contains(k));

    private final SplittableRandom r;
    private final String prefix;
    private final long now;
    private int nextId;
    private final List<Shot> shots = new ArrayList<>();
    private final Map<String, String> groups = new LinkedHashMap<>();
    private final List<Original> originals = new ArrayList<>();
    private final Set<String> signs = new LinkedHashSet<>();

    /** A valid notification that duplicates copy or sign again. */
    private record Original(String streamId, JsonObject unsigned, byte[] bytes, boolean resignable) {
    }

    private Notifications(SplittableRandom r, String prefix) {
        this.r = r;
        this.prefix = prefix;
        this.now = java.time.Instant.now().getEpochSecond();
    }

    /**
     * @param total how many requests
     * @param prefix the run's stream id prefix
     * @return plans of {@code total} requests in sending order
     */
    public static Gen<Plan> plans(int total, String prefix) {
        return r -> new Notifications(r, prefix).plan(total);
    }

    // ---- the plan ------------------------------------------------------------------------------------------

    private Plan plan(int total) {
        Map<Category, Integer> counts = new LinkedHashMap<>();
        int sum = 0;
        for (Category c : Category.values()) {
            int n = (int) Math.round((double) c.per100k * total / 100_000);
            counts.put(c, n);
            sum += n;
        }
        counts.merge(Category.VALID, total - sum, Integer::sum);

        // originals first: duplicates copy them
        repeat(counts.get(Category.VALID), this::valid);
        repeat(counts.get(Category.UNKNOWN_TYPE), this::unknownType);
        repeat(counts.get(Category.INVALID_UTF8), this::invalidUtf8);
        repeat(counts.get(Category.DUPLICATE), this::duplicate);
        repeat(counts.get(Category.RESIGNED_DUPLICATE), this::resignedDuplicate);
        repeat(counts.get(Category.FORGED_SIGN), this::forgedSign);
        repeat(counts.get(Category.MISSING_T_SIGN), this::missingTOrSign);
        repeat(counts.get(Category.EXPIRED), this::expired);
        repeat(counts.get(Category.FAR_FUTURE), this::farFuture);
        repeat(counts.get(Category.T_GARBAGE), this::tGarbage);
        repeat(counts.get(Category.MALFORMED_JSON), this::malformed);
        repeat(counts.get(Category.NON_OBJECT_JSON), this::nonObject);
        repeat(counts.get(Category.WRONG_TYPES), this::wrongTypes);
        repeat(counts.get(Category.OVERSIZE), this::oversize);
        repeat(counts.get(Category.DEEP_NESTING), this::deepNesting);

        // everything in random order; then the bursts, each as one block that the workers pick up together
        for (int i = shots.size() - 1; i > 0; i--) {
            Collections.swap(shots, i, r.nextInt(i + 1));
        }
        int perBurst = counts.get(Category.BURST) / BURSTS;
        int extra = counts.get(Category.BURST) - perBurst * BURSTS;
        List<List<Shot>> bursts = new ArrayList<>();
        for (int b = 0; b < BURSTS; b++) {
            bursts.add(burst(b, perBurst + (b < extra ? 1 : 0)));
        }
        List<Shot> ordered = new ArrayList<>(total);
        int step = shots.size() / (BURSTS + 1);
        for (int i = 0, b = 0; i < shots.size(); i++) {
            if (b < BURSTS && i == step * (b + 1)) {
                ordered.addAll(bursts.get(b++));
            }
            ordered.add(shots.get(i));
        }
        if (ordered.size() != total) {
            throw new IllegalStateException("planned " + ordered.size() + " of " + total);
        }
        return new Plan(prefix, List.copyOf(ordered), Map.copyOf(groups), Set.copyOf(signs));
    }

    private static void repeat(int n, Runnable r) {
        for (int i = 0; i < n; i++) {
            r.run();
        }
    }

    // ---- building blocks -----------------------------------------------------------------------------------

    private String streamId() {
        String id = prefix + (nextId++);
        return r.nextInt(5) == 0 ? id + "_" + SUFFIX.apply(r) : id;
    }

    /** A t LVB could send: now + 5 to 10 minutes (still valid minutes after the plan was made). */
    private long validT() {
        return now + 300 + r.nextInt(301);
    }

    private String sign(String t) {
        String s = Md5.sign(KEY, t);
        signs.add(s);
        return s;
    }

    private String sign(long t) {
        return sign(Long.toString(t));
    }

    private <T> T opt(Gen<T> gen) {
        return r.nextInt(7) == 0 ? null : gen.apply(r);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonObject with(JsonObject unsigned, JsonValue t, JsonValue sign) {
        JsonObjectBuilder b = JSON.createObjectBuilder(unsigned);
        if (t != null) {
            b.add("t", t);
        }
        if (sign != null) {
            b.add("sign", sign);
        }
        return b.build();
    }

    /** {@code unsigned} with t = a valid time (a JSON number) and its correct sign. */
    private JsonObject signed(JsonObject unsigned) {
        long t = validT();
        return with(unsigned, JSON.createValue(t), JSON.createValue(sign(t)));
    }

    private String contentType() {
        int p = r.nextInt(100);
        if (p < 80) {
            return "application/json";
        } else if (p < 86) {
            return "application/json; charset=utf-8";
        } else if (p < 91) {
            return "text/plain";
        } else if (p < 96) {
            return null;
        } else if (p < 98) {
            return "application/octet-stream";
        }
        return "application/x-www-form-urlencoded";
    }

    private boolean chunked() {
        return r.nextInt(10) == 0;
    }

    private void accept(Category c, String variant, byte[] body, String streamId, String observer) {
        shots.add(new Shot(c, variant, body, 0, chunked(), contentType(), streamId, null, null));
        if (groups.put(streamId, observer) != null) {
            throw new IllegalStateException("stream id used twice: " + streamId);
        }
    }

    private void refuse(Category c, String variant, byte[] body, Set<Integer> statuses, String streamId) {
        shots.add(new Shot(c, variant, body, 0, chunked(), contentType(), null, statuses, streamId));
    }

    // ---- events --------------------------------------------------------------------------------------------

    private Long appId() {
        return r.nextInt(5) == 0 ? LONGS.apply(r) : TestKeys.APP_ID;
    }

    /** A typed event of any of the five types, every field random (some absent). */
    private LvbEvent typedEvent(String id) {
        return switch (r.nextInt(5)) {
            case 0 -> new StreamBeginEvent(appId(), opt(TEXT), opt(TEXT), id, id, opt(TIMES), opt(DIGITS), opt(TEXT),
                    opt(TEXT), opt(TEXT), opt(INTS), opt(TEXT), opt(INTS), opt(INTS), opt(INTS), opt(DIGITS));
            case 1 -> new StreamEndEvent(appId(), opt(TEXT), opt(TEXT), id, id, opt(TIMES), opt(DIGITS), opt(TEXT),
                    opt(TEXT), opt(TEXT), opt(INTS), opt(TEXT), opt(INTS), opt(INTS), opt(INTS), opt(DIGITS),
                    opt(LONGS));
            case 2 -> new RecordingFileEvent(appId(), id, id, opt(TEXT), opt(TEXT), opt(LONGS), opt(TIMES), opt(TIMES),
                    opt(DIGITS), opt(WORD), opt(INTS), opt(DIGITS), opt(LONGS), opt(TEXT), opt(TIMES), opt(DIGITS));
            case 3 -> new ScreenshotEvent(appId(), id, id, opt(TEXT), opt(TEXT), opt(TIMES), opt(LONGS), opt(INTS),
                    opt(INTS), opt(TEXT), opt(TEXT), opt(TEXT), r.nextBoolean() ? null : smallObject());
            default -> new PornDetectionEvent(appId(), opt(TEXT), opt(TEXT), id, id, opt(INTS), opt(TEXT),
                    Gen.lists(Gen.ints(0, 10), 0, 3).apply(r), opt(DOUBLES), opt(DOUBLES), opt(DOUBLES), opt(DOUBLES),
                    opt(INTS), opt(TEXT), opt(TIMES), opt(TIMES), opt(DOUBLES), r.nextBoolean() ? null : smallObject(),
                    opt(TEXT));
        };
    }

    private JsonObject smallObject() {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        for (int n = r.nextInt(4); n > 0; n--) {
            b.add(FIELD_NAMES.apply(r), jsonValue(1));
        }
        return b.build();
    }

    /** Any JSON value, numbers of every kind but none a JSON-P implementation refuses. */
    private JsonValue jsonValue(int depth) {
        switch (r.nextInt(depth <= 0 ? 6 : 8)) {
            case 0:
                return JSON.createValue(TEXT.apply(r));
            case 1:
                return JSON.createValue(LONGS.apply(r));
            case 2:
                return JSON.createValue(DOUBLES.apply(r));
            case 3:
                return JSON.createValue(DECIMALS.apply(r));
            case 4:
                return r.nextBoolean() ? JsonValue.TRUE : JsonValue.FALSE;
            case 5:
                return JsonValue.NULL;
            case 6: {
                JsonArrayBuilder a = JSON.createArrayBuilder();
                for (int n = r.nextInt(4); n > 0; n--) {
                    a.add(jsonValue(depth - 1));
                }
                return a.build();
            }
            default: {
                JsonObjectBuilder o = JSON.createObjectBuilder();
                for (int n = r.nextInt(4); n > 0; n--) {
                    o.add(FIELD_NAMES.apply(r), jsonValue(depth - 1));
                }
                return o.build();
            }
        }
    }

    /** An event of a type the library does not know: random fields, the stream id, an unknown event_type. */
    private JsonObject unknownEvent(String id) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        for (int n = r.nextInt(6); n > 0; n--) {
            b.add(FIELD_NAMES.apply(r), jsonValue(2));
        }
        int type = UNKNOWN_TYPES.apply(r);
        if (r.nextInt(5) == 0) {
            b.add("event_type", Integer.toString(type));
        } else {
            b.add("event_type", type);
        }
        if (r.nextBoolean()) {
            b.add("appid", TestKeys.APP_ID);
        }
        b.add(r.nextInt(5) == 0 ? "streamId" : "stream_id", id);
        return b.build();
    }

    /** A valid event's body without t/sign, of a typed or an unknown type. */
    private JsonObject anyEvent(String id) {
        return r.nextInt(8) == 0 ? unknownEvent(id) : LvbEvents.toJson(typedEvent(id));
    }

    // ---- valid ---------------------------------------------------------------------------------------------

    private void valid() {
        String id = streamId();
        LvbEvent event = typedEvent(id);
        signAndAccept(Category.VALID, id, event, LvbEvents.toJson(event), event.getClass().getSimpleName());
    }

    private void unknownType() {
        String id = streamId();
        JsonObject unsigned = unknownEvent(id);
        if (r.nextInt(10) == 0) {
            // nesting exactly at the receiver's limit: the object (1) and 31 arrays
            JsonValue deep = JSON.createArrayBuilder().build();
            for (int d = 1; d < MAX_DEPTH - 1; d++) {
                deep = JSON.createArrayBuilder().add(deep).build();
            }
            unsigned = JSON.createObjectBuilder(unsigned).add("deep", deep).build();
            signAndAccept(Category.UNKNOWN_TYPE, id, null, unsigned, "UnknownEvent", "depth-32");
            return;
        }
        signAndAccept(Category.UNKNOWN_TYPE, id, null, unsigned, "UnknownEvent");
    }

    private void signAndAccept(Category c, String id, LvbEvent event, JsonObject unsigned, String observer) {
        int p = r.nextInt(100);
        String variant = p < 45 ? "t-number" : p < 60 ? "t-string" : p < 65 ? "sign-upper-case" : p < 74
                ? "keys-shuffled-spaced" : p < 80 ? "escaped" : p < 89 ? "library-signed" : p < 97
                        ? "brackets-in-strings" : "exactly-max-size";
        signAndAccept(c, id, event, unsigned, observer, variant);
    }

    private void signAndAccept(Category c, String id, LvbEvent event, JsonObject unsigned, String observer,
            String variant) {
        long t = validT();
        String body;
        boolean resignable = true;
        switch (variant) {
            case "t-string" -> body = with(unsigned, JSON.createValue(Long.toString(t)), JSON.createValue(sign(t)))
                    .toString();
            case "sign-upper-case" -> body = with(unsigned, JSON.createValue(t),
                    JSON.createValue(sign(t).toUpperCase(Locale.ROOT))).toString();
            case "keys-shuffled-spaced" -> body = JsonText.write(
                    with(unsigned, JSON.createValue(t), JSON.createValue(sign(t))), JsonText.Style.SHUFFLED, r);
            case "escaped" -> body = JsonText.write(with(unsigned, JSON.createValue(t), JSON.createValue(sign(t))),
                    JsonText.Style.ESCAPED, r);
            case "library-signed" -> {
                body = event != null ? LvbCallbackSender.signedBody(event, KEY, t)
                        : LvbCallbackSender.sign(unsigned, KEY, t).toString();
                sign(t);
            }
            case "brackets-in-strings" -> {
                // brackets, quotes and backslashes inside a string are not nesting: the depth scan must know
                StringBuilder s = new StringBuilder();
                String[] parts = { "[", "{", "[[", "\"", "\\", "\\\"[", "}", "]" };
                for (int n = 40 + r.nextInt(900); n > 0; n--) {
                    s.append(parts[r.nextInt(parts.length)]);
                }
                unsigned = JSON.createObjectBuilder(unsigned).add(event != null ? "stream_param" : "note", s.toString())
                        .build();
                body = with(unsigned, JSON.createValue(t), JSON.createValue(sign(t))).toString();
                resignable = false;
            }
            case "exactly-max-size" -> {
                // the largest body accepted: max-body-size bytes exactly
                JsonObject padded = JSON.createObjectBuilder(unsigned).add("padding", "").build();
                int k = MAX_BODY - utf8(with(padded, JSON.createValue(t), JSON.createValue(sign(t))).toString()).length;
                unsigned = JSON.createObjectBuilder(unsigned).add("padding", "x".repeat(k)).build();
                body = with(unsigned, JSON.createValue(t), JSON.createValue(sign(t))).toString();
                if (utf8(body).length != MAX_BODY) {
                    throw new IllegalStateException("not " + MAX_BODY + " bytes: " + utf8(body).length);
                }
                resignable = false;
            }
            default -> body = with(unsigned, JSON.createValue(t), JSON.createValue(sign(t))).toString();
        }
        byte[] bytes = utf8(body);
        accept(c, variant, bytes, id, observer);
        originals.add(new Original(id, unsigned, bytes, resignable));
    }

    // ---- duplicates and bursts -----------------------------------------------------------------------------

    private void duplicate() {
        Original o = originals.get(r.nextInt(originals.size()));
        shots.add(new Shot(Category.DUPLICATE, "same-bytes", o.bytes(), 0, chunked(), contentType(), o.streamId(),
                null, null));
    }

    private void resignedDuplicate() {
        Original o;
        do {
            o = originals.get(r.nextInt(originals.size()));
        } while (!o.resignable());
        long t = validT();
        int p = r.nextInt(4);
        JsonObject body = with(o.unsigned(), p == 1 ? JSON.createValue(Long.toString(t)) : JSON.createValue(t),
                JSON.createValue(sign(t)));
        String text = p == 2 ? JsonText.write(body, JsonText.Style.SHUFFLED, r)
                : p == 3 ? JsonText.write(body, JsonText.Style.ESCAPED, r) : body.toString();
        shots.add(new Shot(Category.RESIGNED_DUPLICATE, p == 0 ? "fresh-t" : p == 1 ? "fresh-t-as-string"
                : p == 2 ? "fresh-t-keys-shuffled" : "fresh-t-escaped", utf8(text), 0, chunked(), contentType(),
                o.streamId(), null, null));
    }

    /** One event sent {@code n} times at once, half as the same bytes, half signed again; its observers are slow. */
    private List<Shot> burst(int b, int n) {
        String id = "slow-" + prefix + "burst" + b;
        LvbEvent event = typedEvent(id);
        JsonObject unsigned = LvbEvents.toJson(event);
        groups.put(id, event.getClass().getSimpleName());
        long t0 = validT();
        byte[] same = utf8(LvbEvents.toSignedJson(event, KEY, t0).toString());
        sign(t0);
        List<Shot> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byte[] body = same;
            String variant = "same-bytes";
            if (i % 2 == 1) {
                long t = validT();
                body = utf8(with(unsigned, JSON.createValue(t), JSON.createValue(sign(t))).toString());
                variant = "re-signed";
            }
            out.add(new Shot(Category.BURST, variant, body, 0, false, "application/json", id, null, null));
        }
        return out;
    }

    // ---- forgeries -----------------------------------------------------------------------------------------

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    private static String digest(String algorithm, String text) {
        try {
            return hex(MessageDigest.getInstance(algorithm).digest(utf8(text)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String wrongKey() {
        String k;
        do {
            k = Gen.strings(Gen.ASCII, 1, 40).apply(r);
        } while (k.equals(KEY));
        return k;
    }

    private String randomHex(int n) {
        return Gen.strings(Gen.HEX, n).apply(r);
    }

    private void forgedSign() {
        String id = streamId();
        JsonObject unsigned = anyEvent(id);
        long t = validT();
        String ts = Long.toString(t);
        String correct = sign(t);
        int v = r.nextInt(16);
        JsonValue sign;
        String variant;
        switch (v) {
            case 0 -> {
                variant = "random-hex";
                sign = JSON.createValue(randomHex(32));
            }
            case 1 -> {
                variant = "wrong-key";
                sign = JSON.createValue(Md5.sign(wrongKey(), ts));
            }
            case 2 -> {
                variant = "api-key";
                sign = JSON.createValue(Md5.sign(TestKeys.API_KEY, ts));
            }
            case 3 -> {
                variant = "sign-of-another-t";
                long d = 1 + r.nextInt(600);
                sign = JSON.createValue(Md5.sign(KEY, t + (r.nextBoolean() ? d : -d)));
            }
            case 4 -> {
                variant = "wrong-sign-case-mutated";
                char[] c = Md5.sign(r.nextBoolean() ? TestKeys.API_KEY : wrongKey(), ts).toCharArray();
                for (int i = 0; i < c.length; i++) {
                    if (r.nextBoolean()) {
                        c[i] = Character.isUpperCase(c[i]) ? Character.toLowerCase(c[i]) : Character.toUpperCase(c[i]);
                    }
                }
                sign = JSON.createValue(new String(c));
            }
            case 5 -> {
                variant = "md5-of-t-then-key";
                sign = JSON.createValue(Md5.sign(ts, KEY));
            }
            case 6 -> {
                variant = r.nextBoolean() ? "sha1-of-key-and-t" : "sha256-of-key-and-t";
                sign = JSON.createValue(digest(variant.startsWith("sha1") ? "SHA-1" : "SHA-256", KEY + ts));
            }
            case 7 -> {
                variant = "md5-of-key-only";
                sign = JSON.createValue(digest("MD5", KEY));
            }
            case 8 -> {
                variant = "correct-sign-truncated";
                sign = JSON.createValue(correct.substring(0, 1 + r.nextInt(31)));
            }
            case 9 -> {
                variant = "correct-sign-extended";
                sign = JSON.createValue(correct + randomHex(1 + r.nextInt(4)));
            }
            case 10 -> {
                variant = "correct-sign-one-digit-changed";
                char[] c = correct.toCharArray();
                int i = r.nextInt(32);
                char old = c[i];
                do {
                    c[i] = "0123456789abcdef".charAt(r.nextInt(16));
                } while (c[i] == old);
                sign = JSON.createValue(new String(c));
            }
            case 11 -> {
                variant = "correct-sign-padded";
                String[] pads = { " ", "\t", "\n", "\u0000", "\u00a0", "\ufeff" };
                String pad = pads[r.nextInt(pads.length)];
                sign = JSON.createValue(r.nextBoolean() ? pad + correct : correct + pad);
            }
            case 12 -> {
                variant = "correct-sign-homoglyph";
                // a digit as its fullwidth form, a-f as Cyrillic/fullwidth look-alikes: none lower-cases to ASCII
                char[] c = correct.toCharArray();
                int i = r.nextInt(32);
                c[i] = c[i] <= '9' ? (char) (0xFF10 + (c[i] - '0')) : (char) (0xFF41 + (c[i] - 'a'));
                sign = JSON.createValue(new String(c));
            }
            case 13 -> {
                variant = "sign-not-a-string";
                int k = r.nextInt(5);
                sign = k == 0 ? JSON.createValue(Long.parseLong(correct.substring(0, 15), 16))
                        : k == 1 ? JSON.createArrayBuilder().add(correct).build()
                                : k == 2 ? JSON.createObjectBuilder().add("sign", correct).build()
                                        : k == 3 ? JsonValue.TRUE : JsonValue.FALSE;
            }
            case 14 -> {
                variant = "empty-sign";
                sign = JSON.createValue("");
            }
            default -> {
                variant = "random-text";
                sign = JSON.createValue(Gen.strings(1, 64).apply(r));
            }
        }
        refuse(Category.FORGED_SIGN, variant, utf8(with(unsigned, JSON.createValue(t), sign).toString()), S401, id);
    }

    private void missingTOrSign() {
        String id = streamId();
        JsonObject unsigned = anyEvent(id);
        long t = validT();
        String correct = sign(t);
        String variant;
        JsonObject body;
        switch (r.nextInt(7)) {
            case 0 -> {
                variant = "no-t";
                body = with(unsigned, null, JSON.createValue(correct));
            }
            case 1 -> {
                variant = "no-sign";
                body = with(unsigned, JSON.createValue(t), null);
            }
            case 2 -> {
                variant = "neither";
                body = unsigned;
            }
            case 3 -> {
                variant = "t-null";
                body = with(unsigned, JsonValue.NULL, JSON.createValue(correct));
            }
            case 4 -> {
                variant = "sign-null";
                body = with(unsigned, JSON.createValue(t), JsonValue.NULL);
            }
            case 5 -> {
                variant = "t-empty-string";
                body = with(unsigned, JSON.createValue(""), JSON.createValue(Md5.sign(KEY, "")));
            }
            default -> {
                variant = "other-spelling";
                String[] ts = { "T", "t ", " t", "time", "\u0074\u200b" };
                String[] ss = { "Sign", "SIGN", "sign ", "signature", "sig" };
                body = JSON.createObjectBuilder(unsigned).add(ts[r.nextInt(ts.length)], t)
                        .add(ss[r.nextInt(ss.length)], correct).build();
            }
        }
        refuse(Category.MISSING_T_SIGN, variant, utf8(body.toString()), S401, id);
    }

    /** t as sent (a JSON number or string) with sign = md5(callback key + its text): only the time is wrong. */
    private void signedAt(Category c, String variant, long t) {
        String id = streamId();
        JsonObject unsigned = anyEvent(id);
        String ts = Long.toString(t);
        boolean asString = r.nextInt(3) == 0;
        JsonObject body = with(unsigned, asString ? JSON.createValue(ts) : JSON.createValue(t),
                JSON.createValue(Md5.sign(KEY, ts)));
        refuse(c, variant + (asString ? " (as string)" : ""), utf8(body.toString()), S403, id);
    }

    private void expired() {
        int p = r.nextInt(10);
        if (p < 5) {
            signedAt(Category.EXPIRED, "just-past-the-skew", now - 61 - r.nextInt(600));
        } else if (p < 9) {
            signedAt(Category.EXPIRED, "long-ago", Gen.longs(0, now - 3600).apply(r));
        } else {
            signedAt(Category.EXPIRED, "zero", 0);
        }
    }

    private void farFuture() {
        // beyond now + 10 min + 60 s skew even minutes after the plan was made
        int p = r.nextInt(10);
        if (p < 5) {
            signedAt(Category.FAR_FUTURE, "hours-ahead", now + 1800 + r.nextInt(86_400));
        } else if (p < 9) {
            signedAt(Category.FAR_FUTURE, "centuries-ahead", Gen.longs(now + 86_400, 999_999_999_999_999_999L)
                    .apply(r));
        } else {
            signedAt(Category.FAR_FUTURE, "largest-18-digits", 999_999_999_999_999_999L);
        }
    }

    private void tGarbage() {
        String id = streamId();
        JsonObject unsigned = anyEvent(id);
        long t = validT();
        String ts = Long.toString(t);
        String variant;
        JsonValue tv;
        String signed; // the text the sign is computed over (with the callback key)
        Set<Integer> expect = S401;
        switch (r.nextInt(16)) {
            case 0 -> {
                variant = "word";
                signed = Gen.elements("soon", "NaN", "Infinity", "null", "true", "now", "t").apply(r);
                tv = JSON.createValue(signed);
            }
            case 1 -> {
                variant = "digits-with-space";
                signed = r.nextBoolean() ? " " + ts : ts + " ";
                tv = JSON.createValue(signed);
            }
            case 2 -> {
                variant = "signed-digits";
                signed = (r.nextBoolean() ? "+" : "-") + ts;
                tv = JSON.createValue(signed);
            }
            case 3 -> {
                variant = "exponent-text";
                signed = ts.charAt(0) + "." + ts.substring(1) + "e9";
                tv = JSON.createValue(signed);
            }
            case 4 -> {
                variant = "hex-text";
                signed = "0x" + Long.toHexString(t);
                tv = JSON.createValue(signed);
            }
            case 5 -> {
                variant = "non-ascii-digits";
                StringBuilder s = new StringBuilder();
                int zero = Gen.elements(0x0660, 0x06F0, 0x0966, 0xFF10, 0x1D7CE).apply(r);
                for (char ch : ts.toCharArray()) {
                    s.appendCodePoint(zero + (ch - '0'));
                }
                signed = s.toString();
                tv = JSON.createValue(signed);
            }
            case 6 -> {
                variant = "decimal-text";
                signed = ts + ".0";
                tv = JSON.createValue(signed);
            }
            case 7 -> {
                variant = "19-to-40-digits";
                signed = ts + Gen.strings(Gen.DIGITS, 9, 30).apply(r);
                tv = r.nextBoolean() ? JSON.createValue(signed) : JSON.createValue(new BigInteger(signed));
            }
            case 8 -> {
                variant = "fraction";
                signed = ts + "." + (1 + r.nextInt(9));
                tv = JSON.createValue(new BigDecimal(signed));
            }
            case 9 -> {
                variant = "float-with-zero-fraction";
                signed = ts + ".0";
                tv = JSON.createValue(new BigDecimal(signed));
            }
            case 10 -> {
                variant = "float-exponent";
                signed = ts.charAt(0) + "." + ts.substring(1) + "E9";
                tv = JSON.createValue(new BigDecimal(signed));
            }
            case 11 -> {
                variant = "negative";
                signed = "-" + ts;
                tv = JSON.createValue(-t);
            }
            case 12 -> {
                variant = "huge-exponent";
                signed = Gen.elements("1E+999999999", "1E-999999999", "9E+2147483647", "1E-2147483647").apply(r);
                tv = JSON.createValue(new BigDecimal(signed));
            }
            case 13 -> {
                variant = "long-digit-string";
                signed = Gen.strings(Gen.DIGITS, 100, 2000).apply(r);
                tv = JSON.createValue(signed);
            }
            case 14 -> {
                variant = "other-json-type";
                int k = r.nextInt(6);
                tv = k == 0 ? JsonValue.TRUE : k == 1 ? JsonValue.FALSE : k == 2 ? JsonValue.EMPTY_JSON_ARRAY
                        : k == 3 ? JSON.createArrayBuilder().add(t).build()
                                : k == 4 ? JSON.createObjectBuilder().add("t", t).build() : JsonValue.EMPTY_JSON_OBJECT;
                signed = tv.toString();
            }
            default -> {
                variant = "random-text";
                // not all digits: "0" or "7" would be a (long expired) time
                signed = Gen.strings(1, 30).filter(x -> !x.matches("[0-9]+")).apply(r);
                tv = JSON.createValue(signed);
            }
        }
        refuse(Category.T_GARBAGE, variant, utf8(with(unsigned, tv, JSON.createValue(Md5.sign(KEY, signed)))
                .toString()), expect, id);
    }

    // ---- broken bodies -------------------------------------------------------------------------------------

    /** A correctly signed notification that is refused for its body alone. */
    private String validBody(String id) {
        return signed(anyEvent(id)).toString();
    }

    private static String afterBrace(String body, String insert) {
        return "{" + insert + body.substring(1);
    }

    private void malformed() {
        String id = streamId();
        String body = validBody(id);
        String variant;
        byte[] out;
        switch (r.nextInt(20)) {
            case 0, 1, 2, 3 -> {
                variant = "truncated";
                byte[] b = utf8(body);
                out = java.util.Arrays.copyOf(b, r.nextInt(b.length));
            }
            case 4 -> {
                variant = "trailing-garbage";
                out = utf8(body + Gen.elements("x", "}", "]", ",", "{}", "\u0000", "//", "null", "0", "\"s\"",
                        "\u00e9").apply(r));
            }
            case 5 -> {
                variant = "two-objects";
                out = utf8(body + body);
            }
            case 6, 7 -> {
                variant = "random-bytes";
                byte[] rest = Gen.bytes(0, 2000).apply(r);
                out = new byte[rest.length + 1];
                out[0] = (byte) "#$%&()*<=>?@\\^`|~;:'".charAt(r.nextInt(20));
                System.arraycopy(rest, 0, out, 1, rest.length);
            }
            case 8 -> {
                variant = "single-quotes";
                out = utf8(body.replace('"', '\''));
            }
            case 9 -> {
                variant = "trailing-comma";
                out = utf8(body.substring(0, body.length() - 1) + ",}");
            }
            case 10 -> {
                variant = "unquoted-key";
                out = utf8(afterBrace(body, "x:1,"));
            }
            case 11 -> {
                variant = "missing-colon";
                out = utf8(afterBrace(body, "\"x\" 1,"));
            }
            case 12 -> {
                variant = "unterminated-string";
                out = utf8(body.substring(0, body.length() - 1) + ",\"x\":\"abc}");
            }
            case 13 -> {
                variant = "invalid-escape";
                out = utf8(afterBrace(body, "\"x\":\"a\\" + Gen.elements("q", "x41", "u12", "U0041", "'").apply(r)
                        + "\","));
            }
            case 14 -> {
                variant = "raw-control-character";
                out = utf8(afterBrace(body, "\"x\":\"a" + (char) (1 + r.nextInt(31)) + "b\","));
            }
            case 15 -> {
                variant = "not-a-json-number";
                out = utf8(afterBrace(body, "\"x\":" + Gen.elements("NaN", "Infinity", "-Infinity", "+1", "0x10",
                        ".5", "1.", "01", "1e", "--1", "undefined").apply(r) + ","));
            }
            case 16 -> {
                variant = "comment";
                out = utf8(afterBrace(body, Gen.elements("/*c*/", "//c\n", "#c\n").apply(r)));
            }
            case 17 -> {
                variant = "missing-value";
                out = utf8(afterBrace(body, Gen.elements("\"x\":,", "\"x\"::1,", ",", "\"x\":1,,").apply(r)));
            }
            case 18 -> {
                variant = "unbalanced";
                out = utf8(r.nextBoolean() ? "{".repeat(1 + r.nextInt(20)) + body : body + "}".repeat(1 + r.nextInt(20)));
            }
            default -> {
                variant = r.nextBoolean() ? "empty" : "white-space-only";
                out = utf8(variant.equals("empty") ? "" : Gen.strings(Gen.chars(" \t\r\n"), 1, 50).apply(r));
            }
        }
        refuse(Category.MALFORMED_JSON, variant, out, S400, id);
    }

    private void nonObject() {
        String id = streamId();
        String body = validBody(id);
        String variant;
        String out;
        switch (r.nextInt(8)) {
            case 0 -> {
                variant = "signed-notification-in-an-array";
                out = "[" + body + "]";
            }
            case 1 -> {
                variant = "string";
                out = JSON.createValue(body).toString();
            }
            case 2 -> {
                variant = "number";
                out = Gen.elements("0", "-0", "1", "1795000000", "1E+999999999", "3.14").apply(r);
            }
            case 3 -> {
                variant = "literal";
                out = Gen.elements("true", "false", "null").apply(r);
            }
            case 4 -> {
                variant = "empty-array";
                out = "[]";
            }
            case 5 -> {
                variant = "array-of-numbers";
                StringBuilder s = new StringBuilder("[");
                for (int n = r.nextInt(1200); n > 0; n--) { // at most 12 chars each: below max-body-size
                    s.append(r.nextInt()).append(',');
                }
                out = s.append("0]").toString();
            }
            case 6 -> {
                variant = "array-of-objects";
                out = "[{},{\"event_type\":1}," + body + "]";
            }
            default -> {
                variant = "string-of-random-text";
                out = JSON.createValue(Gen.strings(0, 200).apply(r)).toString();
            }
        }
        refuse(Category.NON_OBJECT_JSON, variant, utf8(out), S400, id);
    }

    /** The wire fields of each typed event, by the kind of value they must hold. */
    private enum Kind {
        LONG, INT, DOUBLE, STRING, TEXT, INT_LIST
    }

    private static final Map<String, Map<String, Kind>> FIELDS = Map.of(
            "StreamBeginEvent", streamFields(false),
            "StreamEndEvent", streamFields(true),
            "RecordingFileEvent", fields("appid", Kind.LONG, "file_size", Kind.LONG, "start_time", Kind.LONG,
                    "end_time", Kind.LONG, "duration", Kind.LONG, "media_start_time", Kind.LONG, "vod2Flag", Kind.INT,
                    "video_id", Kind.TEXT, "file_id", Kind.TEXT, "record_file_id", Kind.TEXT, "task_id", Kind.TEXT,
                    "channel_id", Kind.STRING, "stream_id", Kind.STRING, "video_url", Kind.STRING, "file_format",
                    Kind.STRING, "stream_param", Kind.STRING),
            "ScreenshotEvent", fields("appid", Kind.LONG, "create_time", Kind.LONG, "file_size", Kind.LONG, "width",
                    Kind.INT, "height", Kind.INT, "channel_id", Kind.STRING, "stream_id", Kind.STRING, "pic_url",
                    Kind.STRING, "pic_full_url", Kind.STRING, "app", Kind.STRING, "appname", Kind.STRING,
                    "stream_param", Kind.STRING),
            "PornDetectionEvent", fields("appid", Kind.LONG, "screenshotTime", Kind.LONG, "sendTime", Kind.LONG,
                    "tid", Kind.INT, "level", Kind.INT, "confidence", Kind.DOUBLE, "normalScore", Kind.DOUBLE,
                    "hotScore", Kind.DOUBLE, "pornScore", Kind.DOUBLE, "similarScore", Kind.DOUBLE, "app",
                    Kind.STRING, "appname", Kind.STRING, "img", Kind.STRING, "ocrMsg", Kind.STRING, "streamId",
                    Kind.STRING, "channelId", Kind.STRING, "stream_param", Kind.STRING, "type", Kind.INT_LIST));

    private static Map<String, Kind> streamFields(boolean end) {
        Map<String, Kind> m = fields("appid", Kind.LONG, "event_time", Kind.LONG, "errcode", Kind.INT, "set_id",
                Kind.INT, "width", Kind.INT, "height", Kind.INT, "sequence", Kind.TEXT, "idc_id", Kind.TEXT, "app",
                Kind.STRING, "appname", Kind.STRING, "channel_id", Kind.STRING, "stream_id", Kind.STRING, "node",
                Kind.STRING, "user_ip", Kind.STRING, "stream_param", Kind.STRING, "errmsg", Kind.STRING);
        if (end) {
            m.put("push_duration", Kind.LONG);
        }
        return m;
    }

    private static Map<String, Kind> fields(Object... pairs) {
        Map<String, Kind> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (Kind) pairs[i + 1]);
        }
        return m;
    }

    private JsonValue number(String literal) {
        return JSON.createValue(new BigDecimal(literal));
    }

    /** A value no field of this kind may hold. */
    private Supplier<JsonValue> wrong(Kind kind) {
        List<Supplier<JsonValue>> bad = new ArrayList<>();
        bad.add(() -> JsonValue.EMPTY_JSON_OBJECT);
        if (kind != Kind.INT_LIST) {
            bad.add(() -> JSON.createArrayBuilder().add(1).build());
        }
        switch (kind) {
            case LONG, INT -> {
                bad.add(() -> JsonValue.TRUE);
                bad.add(() -> JSON.createValue(WORD.apply(r)));
                bad.add(() -> number("1.5"));
                bad.add(() -> number("1e30"));
                bad.add(() -> JSON.createValue("1e30"));
                bad.add(() -> number(kind == Kind.INT ? "2147483648" : "9223372036854775808"));
                bad.add(() -> JSON.createValue(kind == Kind.INT ? "-2147483649" : "-9223372036854775809"));
                bad.add(() -> number(Gen.elements("1E+999999999", "1E-999999999", "-1E+999999999").apply(r)));
                bad.add(() -> JSON.createValue(new BigInteger(Gen.strings(Gen.DIGITS, 1000, 1000).apply(r))
                        .add(BigInteger.TEN.pow(999))));
            }
            case DOUBLE -> {
                bad.add(() -> JsonValue.FALSE);
                bad.add(() -> JSON.createValue(WORD.apply(r)));
                bad.add(() -> number("1E+999999999"));
                bad.add(() -> JSON.createValue("1e400"));
            }
            case TEXT -> bad.add(() -> JsonValue.TRUE);
            case INT_LIST -> {
                bad.add(() -> JSON.createValue(WORD.apply(r)));
                bad.add(() -> JSON.createArrayBuilder().add("x").build());
                bad.add(() -> JSON.createArrayBuilder().add(JsonValue.EMPTY_JSON_OBJECT).build());
            }
            default -> {
            }
        }
        return bad.get(r.nextInt(bad.size()));
    }

    private void wrongTypes() {
        String id = streamId();
        LvbEvent event = typedEvent(id);
        JsonObject unsigned = LvbEvents.toJson(event);
        String variant;
        JsonObjectBuilder b = JSON.createObjectBuilder(unsigned);
        String streamId = id;
        if (r.nextInt(4) == 0) {
            int k = r.nextInt(10);
            variant = "event_type-" + (k == 0 ? "missing" : k == 1 ? "null" : "wrong");
            if (k == 0) {
                b.remove("event_type");
            } else if (k == 1) {
                b.add("event_type", JsonValue.NULL);
            } else {
                b.add("event_type", Gen.<Supplier<JsonValue>>elements(() -> JSON.createValue("begin"),
                        () -> number("1.5"), () -> JsonValue.TRUE, () -> JsonValue.EMPTY_JSON_ARRAY,
                        () -> JsonValue.EMPTY_JSON_OBJECT, () -> number("1e30"), () -> JSON.createValue("99999999999"),
                        () -> JSON.createValue("1.5"), () -> JSON.createValue(""), () -> number("2147483648"),
                        () -> number("1E+999999999")).apply(r).get());
            }
        } else {
            Map<String, Kind> fields = FIELDS.get(event.getClass().getSimpleName());
            List<String> names = new ArrayList<>(fields.keySet());
            String field = names.get(r.nextInt(names.size()));
            Kind kind = fields.get(field);
            JsonValue value = wrong(kind).get();
            variant = kind.name().toLowerCase(Locale.ROOT) + "-field-" + value.getValueType().name().toLowerCase(
                    Locale.ROOT);
            b.add(field, value);
            if (field.equals("stream_id") || field.equals("streamId")) {
                streamId = null;
            }
        }
        refuse(Category.WRONG_TYPES, variant, utf8(signed(b.build()).toString()), S400, streamId);
    }

    private void oversize() {
        String id = streamId();
        byte[] body = utf8(validBody(id));
        int p = r.nextInt(10);
        int size;
        String variant;
        if (p < 2) {
            variant = "limit-plus-1";
            size = MAX_BODY + 1;
        } else if (p < 5) {
            variant = "just-above-the-limit";
            size = MAX_BODY + 1 + r.nextInt(4096);
        } else if (p < 9) {
            variant = "tens-to-hundreds-of-KiB";
            size = 20_000 + r.nextInt(280_000);
        } else {
            variant = "megabytes";
            size = 1_000_000 + r.nextInt(1_000_000);
        }
        boolean chunked = size < 400_000 && r.nextInt(3) == 0;
        shots.add(new Shot(Category.OVERSIZE, variant, body, size, chunked, contentType(), null, S413, id));
    }

    private void deepNesting() {
        String id = streamId();
        int k = r.nextInt(7);
        String variant;
        String out;
        if (k <= 2) {
            String body = k == 2 ? with(anyEvent(id), JSON.createValue(validT()), JSON.createValue(randomHex(32)))
                    .toString() : validBody(id);
            int room = (MAX_BODY - utf8(body).length - 10) / 2;
            int depth = r.nextInt(4) == 0 ? MAX_DEPTH : MAX_DEPTH + r.nextInt(Math.max(1, room - MAX_DEPTH));
            variant = (k == 2 ? "forged-" : "") + (depth == MAX_DEPTH ? "one-level-too-deep" : "arrays-in-a-field");
            out = afterBrace(body, "\"x\":" + "[".repeat(depth) + "]".repeat(depth) + ",");
        } else if (k == 3) {
            String body = validBody(id);
            int depth = MAX_DEPTH + r.nextInt(Math.max(1, (MAX_BODY - utf8(body).length - 10) / 7 - MAX_DEPTH));
            variant = "objects-in-a-field";
            out = afterBrace(body, "\"x\":" + "{\"a\":".repeat(depth) + "1" + "}".repeat(depth) + ",");
        } else if (k == 4) {
            int depth = MAX_DEPTH + 1 + r.nextInt(MAX_BODY / 2 - MAX_DEPTH);
            variant = "top-level-arrays";
            out = "[".repeat(depth) + "]".repeat(depth);
        } else if (k == 5) {
            int depth = MAX_DEPTH + 1 + r.nextInt(MAX_BODY - MAX_DEPTH - 1);
            variant = "unclosed";
            out = (r.nextBoolean() ? "[" : "{\"a\":[").repeat(1) + "[".repeat(depth);
        } else {
            int depth = MAX_DEPTH + 1 + r.nextInt(200);
            variant = "mixed-nesting";
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < depth; i++) {
                s.append(r.nextBoolean() ? "[" : "{\"k\":");
            }
            out = validBody(id).replaceFirst("^\\{", "{\"x\":" + s + "1" + closing(s) + ",");
        }
        refuse(Category.DEEP_NESTING, variant, utf8(out), S400, id);
    }

    private static String closing(CharSequence opened) {
        StringBuilder s = new StringBuilder();
        for (int i = opened.length() - 1; i >= 0; i--) {
            char c = opened.charAt(i);
            if (c == '[') {
                s.append(']');
            } else if (c == '{') {
                s.append('}');
            }
        }
        return s.toString();
    }

    // ---- invalid UTF-8 -------------------------------------------------------------------------------------

    private static final byte[][] NOT_UTF8 = { { (byte) 0xFF }, { (byte) 0xFE }, { (byte) 0xC3, 0x28 },
            { (byte) 0xA0, (byte) 0xA1 }, { (byte) 0xE2, 0x28, (byte) 0xA1 }, { (byte) 0xE2, (byte) 0x82, 0x28 },
            { (byte) 0xF0, 0x28, (byte) 0x8C, (byte) 0xBC }, { (byte) 0xC0, (byte) 0xAF },
            { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, { (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 },
            { (byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80 }, { (byte) 0xE2, (byte) 0x82 } };
    private static final String MARK = "~~NOT-UTF-8~~";

    private static byte[] replaceMark(String body, byte[] bad) {
        int at = body.indexOf(MARK);
        byte[] head = utf8(body.substring(0, at));
        byte[] tail = utf8(body.substring(at + MARK.length()));
        byte[] out = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(bad, 0, out, head.length, bad.length);
        System.arraycopy(tail, 0, out, head.length + bad.length, tail.length);
        return out;
    }

    private void invalidUtf8() {
        String id = streamId();
        byte[] bad = NOT_UTF8[r.nextInt(NOT_UTF8.length)];
        int k = r.nextInt(3);
        if (k == 0) {
            // Inside a string of a correctly signed event: decoded with U+FFFD in its place and delivered (LVB's
            // signature does not cover the body, so nothing is tampered with that was protected).
            LvbEvent event = typedEvent(id);
            JsonObject unsigned = JSON.createObjectBuilder(LvbEvents.toJson(event))
                    .add("stream_param", "a" + MARK + "b").build();
            byte[] body = replaceMark(signed(unsigned).toString(), bad);
            accept(Category.INVALID_UTF8, "in-a-string-of-a-signed-event", body, id,
                    event.getClass().getSimpleName());
        } else if (k == 1) {
            JsonObject unsigned = JSON.createObjectBuilder(anyEvent(id)).add("note", "a" + MARK + "b").build();
            String body = with(unsigned, JSON.createValue(validT()), JSON.createValue(randomHex(32))).toString();
            refuse(Category.INVALID_UTF8, "in-a-string-of-a-forged-event", replaceMark(body, bad), S401, id);
        } else {
            String body = afterBrace(validBody(id), MARK);
            refuse(Category.INVALID_UTF8, "between-tokens-of-a-signed-event", replaceMark(body, bad), S400, id);
        }
    }
}
