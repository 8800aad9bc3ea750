package dev.lvb.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.lvb.bench.app.CallMode;
import dev.lvb.bench.proposals.HandBinder;
import dev.lvb.callback.InMemoryLvbDedupeStore;
import dev.lvb.callback.LvbCallbackSettings;
import dev.lvb.callback.internal.LvbCallbackHandler;
import dev.lvb.callback.internal.LvbDedupeKeys;
import dev.lvb.client.internal.BenchClientAccess;
import dev.lvb.core.LvbInterface;
import dev.lvb.core.json.LvbReplies;
import dev.lvb.core.model.StreamStatus;
import dev.lvb.core.LvbCredentials;
import dev.lvb.core.LvbCredentialsProvider;
import dev.lvb.core.LvbSignature;
import dev.lvb.core.LvbSignatureVerifier;
import dev.lvb.core.event.LvbEvent;
import dev.lvb.core.event.LvbEvents;
import dev.lvb.core.event.StreamBeginEvent;
import dev.lvb.core.json.LvbJson;
import io.vertx.core.buffer.Buffer;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;

/**
 * Operations measured by call-by-call alternation ({@link dev.lvb.bench.app.ClosedLoop#alternate}) in the harness:
 * the callback handler and each of its steps (beside the code they replaced, and the hand binding PROFILE.md still
 * proposes), the client's own steps, and a noise-proof
 * cross-check of the JMH signing figures.
 */
final class Steps {

    private static final int N = 65_536;

    private Steps() {
    }

    @FunctionalInterface
    interface Op {
        Object run() throws Exception;
    }

    static volatile Object sink;

    /** A mode that runs {@code op} {@code repeat} times per call (to amortise the timer for ns-scale work). */
    static CallMode mode(String name, int repeat, Op op) {
        return new CallMode() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void call() throws Exception {
                Object last = null;
                for (int i = 0; i < repeat; i++) {
                    last = op.run();
                }
                sink = last;
            }
        };
    }

    /** The callback handler (no HTTP, no CDI: a no-op consumer) and its steps, each on its own ring of bodies. */
    static List<CallMode> handler() throws Exception {
        byte[][] bodies = new byte[N][];
        String[] texts = new String[N];
        JsonObject[] parsed = new JsonObject[N];
        try (CallbackLoad gen = new CallbackLoad(1, -1, 1)) {
            Buffer[] b = gen.notifications(N);
            for (int k = 0; k < N; k++) {
                bodies[k] = b[k].getBytes();
                texts[k] = new String(bodies[k], StandardCharsets.UTF_8);
                parsed[k] = LvbJson.parseObject(bodies[k]);
            }
        }
        LvbCallbackHandler handler = new LvbCallbackHandler(LvbCallbackSettings.defaults(),
                LvbCredentialsProvider.of(LvbCredentials.of(1252500000L, "bench-api-key")
                        .withCallbackKey(CallbackLoad.CALLBACK_KEY)),
                new InMemoryLvbDedupeStore(4096, Clock.systemUTC()), event -> {
                });
        if (handler.handle(bodies[0]).status() != 200) {
            throw new IllegalStateException("the handler refused the benchmark's notification");
        }
        if (!LvbEvents.fromJson(parsed[0], texts[0]).equals(LvbEvents.fromJson(parsed[0]))) {
            throw new IllegalStateException("binding from the text differs from binding the parsed object");
        }
        for (int k = 0; k < 1000; k++) {
            if (!HandBinder.streamBegin(parsed[k]).equals(LvbJson.bind(parsed[k], StreamBeginEvent.class))) {
                throw new IllegalStateException("the hand binder differs from JSON-B");
            }
        }
        GeneratedLikeBinders generated = new GeneratedLikeBinders();
        LvbCallbackHandler quarkusHandler = new LvbCallbackHandler(LvbCallbackSettings.defaults(),
                LvbCredentialsProvider.of(LvbCredentials.of(1252500000L, "bench-api-key")
                        .withCallbackKey(CallbackLoad.CALLBACK_KEY)),
                new InMemoryLvbDedupeStore(4096, Clock.systemUTC()), event -> {
                }, dev.lvb.callback.internal.LvbLeaseTimer.shared(), generated);
        for (int k = 0; k < 1000; k++) {
            LvbEvent bound = LvbEvents.fromJson(parsed[k], texts[k], generated);
            LvbEvent jsonb = LvbEvents.fromJson(parsed[k], texts[k]);
            if (!bound.equals(jsonb) || !bound.raw().equals(jsonb.raw())) {
                throw new IllegalStateException("the generated binder's readers differ from JSON-B");
            }
        }
        if (quarkusHandler.handle(bodies[1]).status() != 200) {
            throw new IllegalStateException("the handler with generated binders refused the benchmark's notification");
        }
        LvbSignatureVerifier verifier = LvbSignatureVerifier.defaults();
        int[] idx = new int[12];
        List<CallMode> modes = new ArrayList<>();
        modes.add(mode("handle (whole handler)", 1, () -> handler.handle(bodies[next(idx, 0)])));
        modes.add(mode("parse bytes (LvbJson.parseObject)", 1, () -> LvbJson.parseObject(bodies[next(idx, 1)])));
        modes.add(mode("bind from the body text (LvbEvents.fromJson(object, text))", 1,
                () -> {
                    int k = next(idx, 4);
                    return LvbEvents.fromJson(parsed[k], texts[k]);
                }));
        modes.add(mode("bind: print + re-parse (before: LvbEvents.fromJson(object))", 1,
                () -> LvbEvents.fromJson(parsed[next(idx, 3)])));
        modes.add(mode("bind by hand from the parsed object (proposal, not applied)", 1,
                () -> HandBinder.streamBegin(parsed[next(idx, 8)])));
        modes.add(mode("bind with the generated binder (Quarkus: LvbEvents.fromJson(object, text, binders))", 1,
                () -> {
                    int k = next(idx, 9);
                    return LvbEvents.fromJson(parsed[k], texts[k], generated);
                }));
        modes.add(mode("handle (whole handler, generated binders as on Quarkus)", 1,
                () -> quarkusHandler.handle(bodies[next(idx, 10)])));
        modes.add(mode("dedupe key (LvbDedupeKeys.of)", 1, () -> LvbDedupeKeys.of(parsed[next(idx, 5)])));
        modes.add(mode("dedupe key (before: DedupeKeysBefore, 9b7ed90)", 1,
                () -> DedupeKeysBefore.of(parsed[next(idx, 7)])));
        modes.add(mode("verify t/sign", 1, () -> {
            JsonObject json = parsed[next(idx, 6)];
            return verifier.verify(CallbackLoad.CALLBACK_KEY, json.get(LvbEvents.T), json.getString(LvbEvents.SIGN));
        }));
        return modes;
    }

    private static int next(int[] idx, int slot) {
        int k = idx[slot];
        idx[slot] = (k + 1) & (N - 1);
        return k;
    }

    /**
     * The client's own steps on a Live_Channel_GetStatus reply (what {@code LvbApi.getStatus} does besides HTTP and
     * the REST client runtime): reading the body, decoding it, building the call.
     */
    static List<CallMode> client() throws Exception {
        String body = Stub.LVB_BODY;
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (LvbReplies.decode(LvbInterface.CHANNEL_GET_STATUS, body, StreamStatus.class) == null) {
            throw new IllegalStateException("the stub's reply does not decode");
        }
        List<CallMode> modes = new ArrayList<>();
        // A plain InputStream, as a socket's: ByteArrayInputStream's own transferTo would hide the 8 KB buffer.
        modes.add(mode("read body: ByteArrayOutputStream + transferTo (before)", 1, () -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            plain(bytes).transferTo(out);
            return new String(out.toByteArray(), StandardCharsets.UTF_8);
        }));
        modes.add(mode("read body: readNBytes(Content-Length) (LvbJsonProvider now)", 1,
                () -> new String(plain(bytes).readNBytes(bytes.length), StandardCharsets.UTF_8)));
        modes.add(mode("decode (LvbReplies.decode)", 1,
                () -> LvbReplies.decode(LvbInterface.CHANNEL_GET_STATUS, body, StreamStatus.class)));
        modes.add(mode("request record as query value (LvbParamConverter)", 1,
                () -> BenchClientAccess.statusRequestQuery("bench_stream")));
        return modes;
    }

    private static java.io.InputStream plain(byte[] bytes) {
        return new java.io.FilterInputStream(new java.io.ByteArrayInputStream(bytes)) {
        };
    }

    /** Repetitions per call of the signing modes. */
    static final int SIGN_REPEAT = 100;

    /** The JMH signing benchmarks' operations, 100 per call. */
    static List<CallMode> signing() throws Exception {
        String key = "bench-callback-key-5f3a9c1d";
        long t = Instant.now().getEpochSecond() + 600;
        String tDigits = Long.toString(t);
        JsonNumber tJson = Json.createObjectBuilder().add("t", t).build().getJsonNumber("t");
        String sign = LvbSignature.sign(key, t);
        byte[] bytes = (key + tDigits).getBytes(StandardCharsets.UTF_8);
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        LvbSignatureVerifier verifier = LvbSignatureVerifier.defaults();
        java.util.HexFormat hex = java.util.HexFormat.of();
        dev.lvb.core.LvbSigner signer = dev.lvb.core.LvbSigner.defaults();
        VerifierBefore before = VerifierBefore.defaults();
        return List.of(mode("md5Bare", SIGN_REPEAT, () -> md5.digest(bytes)),
                mode("md5HexFloor", SIGN_REPEAT,
                        () -> hex.formatHex(md5.digest((key + tDigits).getBytes(StandardCharsets.UTF_8)))),
                mode("lvbSign", SIGN_REPEAT, () -> LvbSignature.sign(key, tDigits)),
                mode("lvbSigner", SIGN_REPEAT, () -> signer.sign(key)),
                mode("lvbVerify", SIGN_REPEAT, () -> verifier.verify(key, tDigits, sign)),
                mode("lvbVerifyJsonNumber", SIGN_REPEAT, () -> verifier.verify(key, tJson, sign)),
                mode("lvbSignBefore", SIGN_REPEAT, () -> SignatureBefore.sign(key, tDigits)),
                mode("lvbVerifyBefore", SIGN_REPEAT, () -> before.verify(key, tDigits, sign)),
                mode("lvbVerifyJsonNumberBefore", SIGN_REPEAT, () -> before.verify(key, tJson, sign)));
    }
}
