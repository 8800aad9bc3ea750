package dev.lvb.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LvbSignatureTest {

    @ParameterizedTest(name = "md5({0} + {1}) = {2}")
    @CsvSource({
            // spec §1.3, 直播流管理API.md §安全机制
            "5d41402abc4b2a76b9719d911017c592, 1471850187, b17971b51ba0fe5916ddcd96692e9fb3",
            // spec §1.3, 云端混流.md §安全签名
            "40328529ca4381a80c6ecf2e6aa57438, 1490858347, 7f29ed83c61b77de1b0d66936fd4fd44" })
    void signMatchesTheSpecVectors(String key, long t, String expected) {
        assertThat(LvbSignature.sign(key, t)).isEqualTo(expected);
        assertThat(LvbSignature.sign(key, Long.toString(t))).isEqualTo(expected);
    }

    @Test
    void signIsThirtyTwoLowercaseHexCharacters() {
        assertThat(LvbSignature.sign("ANY-Key", 1L)).matches("[0-9a-f]{32}");
    }

    @Test
    void signIsPlainConcatenationOfKeyAndDecimalT() {
        // md5("abc" + "123") == md5("abc1" + "23"): nothing separates key and t
        assertThat(LvbSignature.sign("abc", 123L)).isEqualTo(LvbSignature.sign("abc1", "23"));
        // md5("") of known value: key "" and t "" is md5 of the empty string
        assertThat(LvbSignature.sign("", "")).isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
    }

    @Test
    void signOverTextKeepsTheDigitsAsReceived() {
        // leading zeros are part of what was signed
        assertThat(LvbSignature.sign("k", "0123")).isNotEqualTo(LvbSignature.sign("k", 123L));
    }

    @Test
    void signEncodesTheKeyAsUtf8() {
        String expected = md5Hex("键1".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(LvbSignature.sign("键", "1")).isEqualTo(expected)
                .isNotEqualTo(md5Hex("键1".getBytes(java.nio.charset.Charset.forName("GBK"))));
    }

    @Test
    void signOfInputsBeyondThePerThreadBufferIsStillMd5OfKeyAndDigits() {
        String longKey = "k".repeat(300);
        assertThat(LvbSignature.sign(longKey, "1471850187"))
                .isEqualTo(md5Hex((longKey + "1471850187").getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        String longDigits = "1".repeat(400);
        assertThat(LvbSignature.sign("k", longDigits))
                .isEqualTo(md5Hex(("k" + longDigits).getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        // and the buffer still serves the next, short, input right
        assertThat(LvbSignature.sign("5d41402abc4b2a76b9719d911017c592", 1471850187L))
                .isEqualTo("b17971b51ba0fe5916ddcd96692e9fb3");
    }

    @Test
    void nonAsciiDigitsAreSignedAsUsAsciiWouldEncodeThem() {
        // sign(key, String) takes any text: characters outside US-ASCII count as '?', as String.getBytes does
        assertThat(LvbSignature.sign("k", "١٢٣"))
                .isEqualTo(md5Hex("k???".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertThat(LvbSignature.sign("键", "١"))
                .isEqualTo(md5Hex("键?".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void isSignatureAnswersLikeMatchesOfTheComputedSignature() {
        String key = "5d41402abc4b2a76b9719d911017c592";
        String t = "1471850187";
        String good = "b17971b51ba0fe5916ddcd96692e9fb3";
        List<String> received = new ArrayList<>(List.of(good, good.toUpperCase(java.util.Locale.ROOT),
                "b17971B51ba0fE5916ddcd96692e9fB3", good.substring(1), good + "0", good + good, "",
                " " + good.substring(1), "00000000000000000000000000000000"));
        // each position replaced by other characters: hex digits, non-hex letters, punctuation, and look-alikes
        // whose lower case is a letter (KELVIN SIGN, dotted I), full-width digits and letters
        for (char c : new char[] { 'g', 'G', 'x', ' ', '\u212A', '\u0130', '\uFF10', '\uFF41', '@', '`', '/', ':', 'a',
                '0' }) {
            for (int i = 0; i < good.length(); i++) {
                received.add(good.substring(0, i) + c + good.substring(i + 1));
            }
        }
        for (String r : received) {
            assertThat(LvbSignature.isSignature(r, key, t)).as("'%s'", r).isEqualTo(LvbSignature.matches(good, r));
        }
        assertThat(LvbSignature.isSignature(null, key, t)).isFalse();
        assertThat(LvbSignature.isSignature(good, key, t)).isTrue();
        assertThat(LvbSignature.isSignature(good.toUpperCase(java.util.Locale.ROOT), key, t)).isTrue();
        assertThat(LvbSignature.isSignature(good, key, "1471850188")).isFalse();
        assertThat(LvbSignature.isSignature(good, "another-key", t)).isFalse();
    }

    @Test
    void isSignatureTakesEveryCharacterAtADigitOrALetterExactlyWhenMatchesDoes() {
        // Every char in place of a letter (position 0, 'b'; 30, 'b') and of a digit (1, '1'; 31, '3'): the
        // comparison folds case by bit arithmetic, which must not let a control char, a non-ASCII char or another
        // letter stand for a hex digit.
        String key = "5d41402abc4b2a76b9719d911017c592";
        String t = "1471850187";
        String good = "b17971b51ba0fe5916ddcd96692e9fb3";
        for (int position : new int[] { 0, 1, 30, 31 }) {
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                String r = good.substring(0, position) + (char) c + good.substring(position + 1);
                if (LvbSignature.isSignature(r, key, t) != LvbSignature.matches(good, r)) {
                    throw new AssertionError("char U+" + Integer.toHexString(c) + " at " + position + ": isSignature "
                            + LvbSignature.isSignature(r, key, t));
                }
            }
        }
    }

    @Test
    void signOfANumberIsTheSignatureOfItsDecimalDigits() {
        // The digits of a long are written without its text: every change in their count, and the switch from long
        // to int arithmetic, against an MD5 computed here.
        List<Long> values = new ArrayList<>(List.of(0L, 1L, (long) Integer.MAX_VALUE - 1, (long) Integer.MAX_VALUE,
                (long) Integer.MAX_VALUE + 1, 4_294_967_296L, 1_471_850_187L, Long.MAX_VALUE - 1, Long.MAX_VALUE));
        long p = 1;
        for (int k = 0; k <= 18; k++, p *= 10) {
            values.addAll(List.of(p - 1, p, p + 1, 2 * p - 1, 5 * p));
        }
        java.util.SplittableRandom random = new java.util.SplittableRandom(17);
        for (int i = 0; i < 2000; i++) {
            values.add(random.nextLong(Long.MAX_VALUE) >>> random.nextInt(63));
        }
        for (long t : values) {
            String digits = Long.toString(t);
            String expected = md5Hex(("key" + digits).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            assertThat(LvbSignature.sign("key", t)).as("t = %s", digits).isEqualTo(expected);
            assertThat(LvbSignature.isSignature(expected, "key", t)).as("t = %s", digits).isTrue();
        }
        assertThat(LvbSignature.sign("key", -15L))
                .isEqualTo(md5Hex("key-15".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }

    @Test
    void theKeyBytesKeptFromTheLastCallFollowTheKey() {
        // A thread keeps the last key's bytes in its buffer; each of these must find the right bytes there, also
        // after a key that was not ASCII (its first bytes were written before the non-ASCII char was met), a longer
        // key, and an equal key in another String.
        String abc = "abcdef";
        List<String> keys = List.of("xyzdef", "abc键", "xyzdef", abc, new String(abc.toCharArray()), "ab", abc,
                "k".repeat(300), abc, "xyzdefxyzdef", "xyzdef", "");
        for (String key : keys) {
            String expected = md5Hex((key + "1471850187").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(LvbSignature.sign(key, "1471850187")).as(key).isEqualTo(expected);
            assertThat(LvbSignature.sign(key, 1_471_850_187L)).as(key).isEqualTo(expected);
            assertThat(LvbSignature.isSignature(expected, key, "1471850187")).as(key).isTrue();
        }
    }

    @Test
    void signedTimeAnswersLikeReadingTheDigitsThenIsSignature() {
        // One pass over the digits (check, read, hash) against the two steps it replaces, for digits and non-digits,
        // a key that goes through the buffer and keys that do not (non-ASCII, too long).
        List<String> times = List.of("1471850187", "0", "0001471850187", "999999999999999999", "1000000000000000000",
                "", "147185018x", "-1", "+1", " 1", "1 ", "١٢٣", "１２３", "1e3", "9".repeat(300));
        for (String key : List.of("5d41402abc4b2a76b9719d911017c592", "键", "k".repeat(300), "")) {
            for (String t : times) {
                String good = md5Hex((key + t).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                for (String received : java.util.Arrays.asList(good, good.toUpperCase(java.util.Locale.ROOT),
                        "0".repeat(32), good.substring(1), "", null)) {
                    long value = LvbSignature.digitsValue(t);
                    long expected = value < 0 ? LvbSignature.NOT_DIGITS
                            : LvbSignature.isSignature(received, key, t) ? value : LvbSignature.NOT_SIGNED;
                    assertThat(LvbSignature.signedTime(received, key, t)).as("key %s, t '%s', sign %s", key, t,
                            received).isEqualTo(expected);
                }
            }
        }
        assertThat(LvbSignature.signedTime("b17971b51ba0fe5916ddcd96692e9fb3", "5d41402abc4b2a76b9719d911017c592",
                "1471850187")).isEqualTo(1_471_850_187L);
    }

    @Test
    void signRejectsNulls() {
        assertThatNullPointerException().isThrownBy(() -> LvbSignature.sign(null, 1L));
        assertThatNullPointerException().isThrownBy(() -> LvbSignature.sign("k", (String) null));
    }

    @Test
    void matchesAcceptsTheSameSignature() {
        assertThat(LvbSignature.matches("b17971b51ba0fe5916ddcd96692e9fb3", "b17971b51ba0fe5916ddcd96692e9fb3"))
                .isTrue();
    }

    @Test
    void matchesIgnoresTheCaseOfTheReceivedHex() {
        assertThat(LvbSignature.matches("b17971b51ba0fe5916ddcd96692e9fb3", "B17971B51BA0FE5916DDCD96692E9FB3"))
                .isTrue();
        assertThat(LvbSignature.matches("b17971b51ba0fe5916ddcd96692e9fb3", "b17971B51ba0fE5916ddcd96692e9fB3"))
                .isTrue();
    }

    @Test
    void matchesRejectsOneDifferentCharacter() {
        assertThat(LvbSignature.matches("b17971b51ba0fe5916ddcd96692e9fb3", "b17971b51ba0fe5916ddcd96692e9fb4"))
                .isFalse();
        assertThat(LvbSignature.matches("b17971b51ba0fe5916ddcd96692e9fb3", "c17971b51ba0fe5916ddcd96692e9fb3"))
                .isFalse();
    }

    @Test
    void matchesRejectsADifferentLength() {
        assertThat(LvbSignature.matches("b17971b51ba0fe5916ddcd96692e9fb3", "b17971b51ba0fe5916ddcd96692e9fb")).isFalse();
        assertThat(LvbSignature.matches("b17971b51ba0fe5916ddcd96692e9fb3", "b17971b51ba0fe5916ddcd96692e9fb33"))
                .isFalse();
        assertThat(LvbSignature.matches("b17971b51ba0fe5916ddcd96692e9fb3", "")).isFalse();
    }

    @Test
    void matchesRejectsNull() {
        assertThat(LvbSignature.matches("b17971b51ba0fe5916ddcd96692e9fb3", null)).isFalse();
        assertThat(LvbSignature.matches(null, "b17971b51ba0fe5916ddcd96692e9fb3")).isFalse();
        assertThat(LvbSignature.matches(null, null)).isFalse();
    }

    @Test
    void parallelSigningGivesTheSameResultsAsSequentialSigning() throws Exception {
        int keys = 64;
        Map<String, String> expected = new HashMap<>();
        for (int i = 0; i < keys; i++) {
            expected.put("key-" + i + "|" + (1_500_000_000L + i), null);
        }
        for (String k : new ArrayList<>(expected.keySet())) {
            String[] parts = k.split("\\|");
            expected.put(k, LvbSignature.sign(parts[0], Long.parseLong(parts[1])));
        }
        // The spec vectors too: a corrupted shared digest would show up here first.
        expected.put("5d41402abc4b2a76b9719d911017c592|1471850187", "b17971b51ba0fe5916ddcd96692e9fb3");
        expected.put("40328529ca4381a80c6ecf2e6aa57438|1490858347", "7f29ed83c61b77de1b0d66936fd4fd44");
        List<Map.Entry<String, String>> cases = new ArrayList<>(expected.entrySet());

        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int th = 0; th < threads; th++) {
                int offset = th;
                Callable<Integer> task = () -> {
                    start.await();
                    int mismatches = 0;
                    for (int round = 0; round < 200; round++) {
                        for (int i = 0; i < cases.size(); i++) {
                            Map.Entry<String, String> c = cases.get((i + offset * 7 + round) % cases.size());
                            String[] parts = c.getKey().split("\\|");
                            if (!LvbSignature.sign(parts[0], Long.parseLong(parts[1])).equals(c.getValue())) {
                                mismatches++;
                            }
                        }
                    }
                    return mismatches;
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            for (Future<Integer> f : results) {
                assertThat(f.get(30, TimeUnit.SECONDS)).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static String md5Hex(byte[] data) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("MD5").digest(data);
            StringBuilder sb = new StringBuilder();
            for (byte b : d) {
                sb.append(String.format("%02x", b));
            }
            return sb.toString();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
