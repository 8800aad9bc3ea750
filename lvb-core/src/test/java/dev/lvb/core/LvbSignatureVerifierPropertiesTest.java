package dev.lvb.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.lvb.core.LvbVerification.Accepted;
import dev.lvb.core.LvbVerification.Reason;
import dev.lvb.core.LvbVerification.Rejected;
import dev.lvb.core.testing.Gen;
import dev.lvb.core.testing.Property;

/** Properties of signing and verifying, for arbitrary keys, times and hostile inputs. */
class LvbSignatureVerifierPropertiesTest {

    private static final long NOW = 1_700_000_000L;
    private static final long SKEW = 60;
    private static final long LIFETIME = 600;
    private static final int TRIES = 1000;

    private final LvbSignatureVerifier verifier = new LvbSignatureVerifier(
            Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC), Duration.ofSeconds(SKEW),
            Duration.ofSeconds(LIFETIME));

    // ---- generators ----------------------------------------------------------------------------------------------

    /** Console keys are 32 hex characters, callback keys anything; non-ASCII, controls, lone surrogates too. */
    static final Gen<String> KEYS = Gen.oneOf(Gen.strings(Gen.HEX, 32), Gen.strings(1, 64));
    /** Keys worth checking every time: the shortest, and the alphabets an md5 over UTF-8 may trip on. */
    static final List<String> EDGE_KEYS = List.of("k", "0123456789abcdef0123456789abcdef", "直播密钥", "😀\uD83D",
            "\u0000", " ", "ÿ");
    static final Gen<Long> T_IN_WINDOW = Gen.longs(NOW - SKEW, NOW + LIFETIME + SKEW);
    static final Gen<String> DIGITS = Gen.strings(Gen.DIGITS, 1, 18);
    static final Gen<String> HOSTILE_T = Gen.oneOf(Gen.strings(0, 30), DIGITS, Gen.longs().map(Object::toString),
            T_IN_WINDOW.map(Object::toString),
            Gen.elements("", " ", "-0", "1e3", "NaN", "Infinity", "0x10", "1_000", "٣", "１２３"));
    static final Gen<String> SIGNS = Gen.strings(0, 40);
    static final Gen<Integer> POSITIONS = Gen.ints(0, 31);
    static final Gen<Integer> DELTAS = Gen.ints(1, 15);
    static final Gen<Object> HOSTILE_OBJECTS = Gen.oneOf(
            Gen.bigDecimals().asObject(),
            Gen.bigIntegers(200).asObject(),
            Gen.doubles().asObject(),
            Gen.ints().asObject(),
            Gen.longs().asObject(),
            Gen.strings(0, 25).map(s -> (Object) jakarta.json.Json.createValue(s)),
            Gen.elements("1E+999999999", "-1E-999999999", "9.99999E+17", "1E+18", "123.000", "5e-3")
                    .map(s -> (Object) TestValues.jsonNumber(s)),
            // JSON numbers as a parser would deliver them, extreme exponents included (as far as they can be read)
            Gen.bigDecimals().map(BigDecimal::toString).filter(LvbSignatureVerifierPropertiesTest::readable)
                    .map(s -> (Object) TestValues.jsonNumber(s)));

    /** md5(text) in lower-case hex, computed here: acceptance is never judged by the signer under test. */
    static String md5(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean readable(String number) {
        try {
            new BigDecimal(number);
            return true;
        } catch (NumberFormatException exponentOverflow) {
            return false;
        }
    }

    // ---- properties ----------------------------------------------------------------------------------------------

    record KeyAndT(String key, long t) {
    }

    @Test
    void signThenVerifyAcceptsEveryTInsideTheWindow() {
        List<KeyAndT> edges = new ArrayList<>();
        for (String key : EDGE_KEYS) {
            edges.add(new KeyAndT(key, NOW - SKEW));
            edges.add(new KeyAndT(key, NOW + LIFETIME + SKEW));
        }
        Property.forAll("signThenVerifyAcceptsEveryTInsideTheWindow", TRIES, edges,
                r -> new KeyAndT(KEYS.apply(r), T_IN_WINDOW.apply(r)), c -> {
                    LvbSigner signer = new LvbSigner(Clock.fixed(Instant.ofEpochSecond(c.t() - 1), ZoneOffset.UTC),
                            Duration.ofSeconds(1));
                    LvbSignedTime signed = signer.sign(c.key());

                    assertThat(signed.t()).isEqualTo(c.t());
                    assertThat(verifier.verify(c.key(), signed.t(), signed.sign())).isEqualTo(new Accepted(c.t()));
                    assertThat(verifier.verify(c.key(), Long.toString(signed.t()), signed.sign()))
                            .isEqualTo(new Accepted(c.t()));
                });
    }

    record Tampering(String key, long t, int position, int delta) {
    }

    @Test
    void changingOneHexCharacterOfTheSignatureIsRejected() {
        List<Tampering> edges = new ArrayList<>();
        for (int position : new int[] { 0, 31 }) {
            for (int delta : new int[] { 1, 15 }) {
                edges.add(new Tampering("k", NOW - SKEW, position, delta));
                edges.add(new Tampering("直播密钥", NOW + LIFETIME + SKEW, position, delta));
            }
        }
        Property.forAll("changingOneHexCharacterOfTheSignatureIsRejected", TRIES, edges,
                r -> new Tampering(KEYS.apply(r), T_IN_WINDOW.apply(r), POSITIONS.apply(r), DELTAS.apply(r)),
                c -> {
                    String sign = md5(c.key() + c.t());
                    char[] chars = sign.toCharArray();
                    int digit = Character.digit(chars[c.position()], 16);
                    chars[c.position()] = Character.forDigit((digit + c.delta()) % 16, 16);
                    String tampered = new String(chars);

                    LvbVerification v = verifier.verify(c.key(), c.t(), tampered);
                    assertThat(v).isInstanceOfSatisfying(Rejected.class,
                            rej -> assertThat(rej.reason()).isEqualTo(Reason.MISMATCH));
                    // and in upper case as well
                    assertThat(verifier.verify(c.key(), c.t(), tampered.toUpperCase()).accepted()).isFalse();
                });
    }

    record KeyTSign(String key, String t, String sign) {
    }

    @Test
    void arbitraryTAndSignNeverThrowAndAreNeverAcceptedUnlessGenuine() {
        String t = Long.toString(NOW);
        List<KeyTSign> edges = List.of(new KeyTSign("k", t, md5("k" + t)),
                new KeyTSign("k", t, md5("k" + t).toUpperCase()), new KeyTSign("k", t, ""),
                new KeyTSign("k", "", md5("k")), new KeyTSign("k", "0" + t, md5("k" + t)),
                new KeyTSign("k", t, md5("k" + t) + " "), new KeyTSign("k", t, "\uD800"));
        Property.forAll("arbitraryTAndSignNeverThrowAndAreNeverAcceptedUnlessGenuine", TRIES, edges,
                r -> new KeyTSign(KEYS.apply(r), HOSTILE_T.apply(r), SIGNS.apply(r)), c -> {
                    LvbVerification v = verifier.verify(c.key(), c.t(), c.sign());
                    assertThat(v).isNotNull();
                    if (v instanceof Accepted accepted) {
                        // only possible when t happens to be a valid time and sign its real signature
                        assertThat(c.t()).matches("[0-9]{1,18}");
                        assertThat(c.sign()).isEqualToIgnoringCase(md5(c.key() + c.t()));
                        assertThat(accepted.t()).isEqualTo(Long.parseLong(c.t()));
                    }
                });
    }

    record KeyAndDigits(String key, String t) {
    }

    @Test
    void aGenuineSignatureOverArbitraryDigitsIsAcceptedExactlyWhenTheTimeIsInTheWindow() {
        List<KeyAndDigits> edges = new ArrayList<>();
        for (long t : new long[] { NOW - SKEW - 1, NOW - SKEW, NOW + LIFETIME + SKEW, NOW + LIFETIME + SKEW + 1 }) {
            edges.add(new KeyAndDigits("k", Long.toString(t)));
            edges.add(new KeyAndDigits("k", "000" + t));
        }
        edges.add(new KeyAndDigits("k", "0"));
        edges.add(new KeyAndDigits("k", "999999999999999999"));
        edges.add(new KeyAndDigits("k", "000000000000000000"));
        Property.forAll("aGenuineSignatureOverArbitraryDigitsIsAcceptedExactlyWhenTheTimeIsInTheWindow", TRIES, edges,
                r -> new KeyAndDigits(KEYS.apply(r), DIGITS.apply(r)), c -> {
                    LvbVerification v = verifier.verify(c.key(), c.t(), md5(c.key() + c.t()));
                    long value = Long.parseLong(c.t());
                    boolean inWindow = value >= NOW - SKEW && value <= NOW + LIFETIME + SKEW;
                    assertThat(v.accepted()).isEqualTo(inWindow);
                    if (!inWindow) {
                        assertThat(((Rejected) v).reason()).isIn(Reason.EXPIRED, Reason.TOO_FAR_IN_FUTURE);
                    }
                });
    }

    record ObjectAndSign(Object t, String sign) {
    }

    @Test
    void arbitraryObjectsAsTNeverThrow() {
        String genuine = md5("k" + NOW);
        List<ObjectAndSign> edges = new ArrayList<>();
        for (Object t : new Object[] { NOW, (int) 0, BigInteger.valueOf(NOW), new BigDecimal(NOW + ".000"),
                new BigDecimal("1700000000E0"), new BigDecimal("17E8"), (double) NOW, (float) 0, (short) 1, (byte) 1,
                new BigDecimal("1E+2147483647"), new BigDecimal("1E-2147483647"), new BigDecimal("-0"),
                TestValues.jsonNumber("1700000000.0"), TestValues.jsonNumber("1.7E9"), Boolean.TRUE, new Object(),
                jakarta.json.Json.createValue(Long.toString(NOW)), jakarta.json.JsonValue.NULL }) {
            edges.add(new ObjectAndSign(t, genuine));
        }
        Property.forAll("arbitraryObjectsAsTNeverThrow", TRIES, edges,
                r -> new ObjectAndSign(HOSTILE_OBJECTS.apply(r), SIGNS.apply(r)), c -> {
                    LvbVerification v = verifier.verify("k", c.t(), c.sign());
                    assertThat(v).isNotNull();
                    if (v.accepted()) {
                        assertThat(c.sign()).isEqualToIgnoringCase(md5("k" + ((Accepted) v).t()));
                    }
                });
    }
}
