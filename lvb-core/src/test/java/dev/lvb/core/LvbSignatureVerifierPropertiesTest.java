package dev.lvb.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import dev.lvb.core.LvbVerification.Accepted;
import dev.lvb.core.LvbVerification.Reason;
import dev.lvb.core.LvbVerification.Rejected;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;

/** Properties of signing and verifying, for arbitrary keys, times and hostile inputs. */
class LvbSignatureVerifierPropertiesTest {

    private static final long NOW = 1_700_000_000L;
    private static final long SKEW = 60;
    private static final long LIFETIME = 600;

    private final LvbSignatureVerifier verifier = new LvbSignatureVerifier(
            Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC), Duration.ofSeconds(SKEW),
            Duration.ofSeconds(LIFETIME));

    @Provide
    Arbitrary<String> keys() {
        // console keys are 32 hex characters, callback keys anything printable; include non-ASCII too
        return Arbitraries.oneOf(Arbitraries.strings().withChars("0123456789abcdef").ofLength(32),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(64));
    }

    @Property
    void signThenVerifyAcceptsEveryTInsideTheWindow(@ForAll("keys") String key,
            @ForAll @LongRange(min = NOW - SKEW, max = NOW + LIFETIME + SKEW) long t) {
        LvbSigner signer = new LvbSigner(Clock.fixed(Instant.ofEpochSecond(t - 1), ZoneOffset.UTC),
                Duration.ofSeconds(1));
        LvbSignedTime signed = signer.sign(key);

        assertThat(signed.t()).isEqualTo(t);
        assertThat(verifier.verify(key, signed.t(), signed.sign())).isEqualTo(new Accepted(t));
        assertThat(verifier.verify(key, Long.toString(signed.t()), signed.sign())).isEqualTo(new Accepted(t));
    }

    @Property
    void changingOneHexCharacterOfTheSignatureIsRejected(@ForAll("keys") String key,
            @ForAll @LongRange(min = NOW - SKEW, max = NOW + LIFETIME + SKEW) long t,
            @ForAll @IntRange(min = 0, max = 31) int position, @ForAll @IntRange(min = 1, max = 15) int delta) {
        String sign = LvbSignature.sign(key, t);
        char[] chars = sign.toCharArray();
        int digit = Character.digit(chars[position], 16);
        chars[position] = Character.forDigit((digit + delta) % 16, 16);
        String tampered = new String(chars);

        LvbVerification v = verifier.verify(key, t, tampered);
        assertThat(v).isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.reason()).isEqualTo(Reason.MISMATCH));
        // and in upper case as well
        assertThat(verifier.verify(key, t, tampered.toUpperCase()).accepted()).isFalse();
    }

    @Property
    void arbitraryTAndSignNeverThrowAndAreNeverAcceptedUnlessGenuine(@ForAll("keys") String key,
            @ForAll("hostileT") String t, @ForAll @StringLength(max = 40) String sign) {
        LvbVerification v = verifier.verify(key, t, sign);
        assertThat(v).isNotNull();
        if (v instanceof Accepted accepted) {
            // only possible when t happens to be a valid time and sign its real signature
            assertThat(t).matches("[0-9]{1,18}");
            assertThat(LvbSignature.matches(LvbSignature.sign(key, t), sign)).isTrue();
            assertThat(accepted.t()).isEqualTo(Long.parseLong(t));
        }
    }

    @Property
    void aGenuineSignatureOverArbitraryDigitsIsAcceptedExactlyWhenTheTimeIsInTheWindow(@ForAll("keys") String key,
            @ForAll("digits") String t) {
        LvbVerification v = verifier.verify(key, t, LvbSignature.sign(key, t));
        long value = Long.parseLong(t);
        boolean inWindow = value >= NOW - SKEW && value <= NOW + LIFETIME + SKEW;
        assertThat(v.accepted()).isEqualTo(inWindow);
        if (!inWindow) {
            assertThat(((Rejected) v).reason()).isIn(Reason.EXPIRED, Reason.TOO_FAR_IN_FUTURE);
        }
    }

    @Property
    void arbitraryObjectsAsTNeverThrow(@ForAll("hostileObjects") Object t, @ForAll @StringLength(max = 40) String sign) {
        LvbVerification v = verifier.verify("k", t, sign);
        assertThat(v).isNotNull();
        if (v.accepted()) {
            assertThat(LvbSignature.matches(LvbSignature.sign("k", ((Accepted) v).t()), sign)).isTrue();
        }
    }

    @Provide
    Arbitrary<String> hostileT() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(30), digits(),
                Arbitraries.longs().map(Object::toString),
                Arbitraries.longs().between(NOW - SKEW, NOW + LIFETIME + SKEW).map(Object::toString),
                Arbitraries.of("", " ", "-0", "1e3", "NaN", "Infinity", "0x10", "1_000", "٣", "１２３"));
    }

    @Provide
    Arbitrary<String> digits() {
        return Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(18);
    }

    @Provide
    Arbitrary<Object> hostileObjects() {
        return Arbitraries.oneOf(
                Arbitraries.bigDecimals().map(d -> (Object) d),
                Arbitraries.bigIntegers().map(d -> (Object) d),
                Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.integers().map(d -> (Object) d),
                Arbitraries.longs().map(d -> (Object) d),
                Arbitraries.strings().ofMaxLength(25).map(s -> (Object) jakarta.json.Json.createValue(s)),
                Arbitraries.of("1E+999999999", "-1E-999999999", "9.99999E+17", "1E+18", "123.000", "5e-3")
                        .map(s -> (Object) TestValues.jsonNumber(s)));
    }
}
