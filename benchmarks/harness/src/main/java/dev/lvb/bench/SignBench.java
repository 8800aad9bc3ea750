package dev.lvb.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import dev.lvb.core.LvbSignature;
import dev.lvb.core.LvbSignatureVerifier;
import dev.lvb.core.LvbSignedTime;
import dev.lvb.core.LvbSigner;
import dev.lvb.core.LvbVerification;
import jakarta.json.Json;
import jakarta.json.JsonNumber;

/**
 * Benchmark 1: LVB's {@code md5(key + t)} as the library computes and checks it, against a bare
 * {@link MessageDigest} MD5 of the same bytes.
 * <ul>
 * <li>{@code md5Bare}: {@code digest(bytes)} on a cached MD5 instance, the bytes of {@code key + t} precomputed: the
 * cost of MD5 itself and nothing else (no hex, no String);</li>
 * <li>{@code md5HexFloor}: the floor of the issue for a signer that returns hex: {@code HexFormat.formatHex(
 * md5.digest((key + t).getBytes(UTF_8)))} on a cached MD5 instance, from the same two Strings {@code lvbSign} gets;</li>
 * <li>{@code lvbSign}: {@code LvbSignature.sign(key, t)}: string to bytes, MD5, 32 hex characters;</li>
 * <li>{@code lvbSigner}: {@code LvbSigner.sign(key)}: clock read, {@code t = now + validity}, sign, the pair;</li>
 * <li>{@code lvbVerify}: {@code LvbSignatureVerifier.verify(key, t, sign)} with {@code t} as a String: clock, window
 * checks, sign, constant-time compare;</li>
 * <li>{@code lvbVerifyJsonNumber}: the same with {@code t} as a JSON-P number, as the callback endpoint passes it;</li>
 * <li>{@code lvbSignBefore}, {@code lvbVerifyBefore}, {@code lvbVerifyJsonNumberBefore}: the same operations with the
 * code of 5fe4c00 ({@link SignatureBefore}, {@link VerifierBefore}), before issue #17 item 3.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SignBench {

    String key;
    String tDigits;
    JsonNumber tJson;
    String sign;
    byte[] bytes;
    MessageDigest md5;
    LvbSignatureVerifier verifier;
    LvbSigner signer;
    VerifierBefore verifierBefore;
    static final HexFormat HEX = HexFormat.of();

    @Setup
    public void setup() throws Exception {
        key = "bench-callback-key-5f3a9c1d";
        long t = Instant.now().getEpochSecond() + 600;
        tDigits = Long.toString(t);
        tJson = Json.createObjectBuilder().add("t", t).build().getJsonNumber("t");
        sign = LvbSignature.sign(key, t);
        bytes = (key + tDigits).getBytes(StandardCharsets.UTF_8);
        md5 = MessageDigest.getInstance("MD5");
        verifier = LvbSignatureVerifier.defaults();
        signer = LvbSigner.defaults();
        verifierBefore = VerifierBefore.defaults();
        if (!md5HexFloor().equals(sign)) {
            throw new IllegalStateException("the floor computes another signature");
        }
        if (!verifier.verify(key, tDigits, sign).accepted() || !verifier.verify(key, tJson, sign).accepted()) {
            throw new IllegalStateException("the benchmark's signature does not verify");
        }
        if (!lvbSignBefore().equals(sign) || !verifierBefore.verify(key, tDigits, sign).accepted()
                || !verifierBefore.verify(key, tJson, sign).accepted()) {
            throw new IllegalStateException("the code before #17 item 3 answers otherwise");
        }
    }

    @Benchmark
    public byte[] md5Bare() {
        return md5.digest(bytes);
    }

    @Benchmark
    public String md5HexFloor() {
        return HEX.formatHex(md5.digest((key + tDigits).getBytes(StandardCharsets.UTF_8)));
    }

    @Benchmark
    public LvbSignedTime lvbSigner() {
        return signer.sign(key);
    }

    @Benchmark
    public String lvbSign() {
        return LvbSignature.sign(key, tDigits);
    }

    @Benchmark
    public LvbVerification lvbVerify() {
        return verifier.verify(key, tDigits, sign);
    }

    @Benchmark
    public LvbVerification lvbVerifyJsonNumber() {
        return verifier.verify(key, tJson, sign);
    }

    @Benchmark
    public String lvbSignBefore() {
        return SignatureBefore.sign(key, tDigits);
    }

    @Benchmark
    public LvbVerification lvbVerifyBefore() {
        return verifierBefore.verify(key, tDigits, sign);
    }

    @Benchmark
    public LvbVerification lvbVerifyJsonNumberBefore() {
        return verifierBefore.verify(key, tJson, sign);
    }
}
