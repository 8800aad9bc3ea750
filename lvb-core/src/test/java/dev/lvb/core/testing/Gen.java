package dev.lvb.core.testing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A generator of random samples for {@link Property}: a function of a {@link SplittableRandom}, with static
 * factories for the usual values and default methods to compose them. Generators hold no state: the same random
 * stream gives the same sample.
 * <p>
 * Numbers are not uniform: about one sample in eight is a boundary (min, max, next to them, 0, ±1 where in range)
 * and wide ranges are often sampled with a random bit length, so that small magnitudes show up as often as huge
 * ones. Sizes (string lengths, list sizes) favour the minimum, small sizes and the maximum.
 * <p>
 * Characters are generated as code points ({@code Gen<Integer>}); {@link #strings(Gen, int, int)} strings them
 * together, so a supplementary code point (an emoji) becomes a surrogate pair and lengths count code points. The
 * alphabets are constants: {@link #ASCII}, {@link #ALPHA}, {@link #DIGITS}, {@link #HEX}, {@link #LATIN1},
 * {@link #CJK}, {@link #EMOJI}, {@link #SUPPLEMENTARY}, {@link #LONE_SURROGATES}, {@link #WHITESPACE},
 * {@link #CONTROL}, {@link #BMP}, {@link #TEXT} (well-formed text of every kind) and {@link #ANY} (everything,
 * lone surrogates and control characters included).
 *
 * @param <T> the samples
 */
@FunctionalInterface
public interface Gen<T> extends Function<SplittableRandom, T> {

    /** Printable ASCII, {@code ' '} to {@code '~'}. */
    Gen<Integer> ASCII = range(' ', '~');
    /** {@code a-z A-Z}. */
    Gen<Integer> ALPHA = chars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
    /** {@code 0-9}. */
    Gen<Integer> DIGITS = chars("0123456789");
    /** Lower-case hex digits. */
    Gen<Integer> HEX = chars("0123456789abcdef");
    /** The printable upper half of Latin-1, U+00A0 to U+00FF (NBSP, accented letters, ÿ). */
    Gen<Integer> LATIN1 = range(0xA0, 0xFF);
    /** CJK unified ideographs, U+4E00 to U+9FFF. */
    Gen<Integer> CJK = range(0x4E00, 0x9FFF);
    /** Emoji and pictographs, U+1F300 to U+1FAFF: surrogate pairs in a String. */
    Gen<Integer> EMOJI = range(0x1F300, 0x1FAFF);
    /** Any supplementary code point, U+10000 to U+10FFFF: surrogate pairs in a String. */
    Gen<Integer> SUPPLEMENTARY = range(0x10000, 0x10FFFF);
    /** Single surrogates, U+D800 to U+DFFF: malformed UTF-16 on their own. */
    Gen<Integer> LONE_SURROGATES = range(0xD800, 0xDFFF);
    /** Every character Java or Unicode calls white space, the no-break spaces included. */
    Gen<Integer> WHITESPACE = chars(" \t\n\u000B\f\r\u001C\u001D\u001E\u001F\u0085\u00A0\u1680\u2000\u2001\u2002"
            + "\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF");
    /** C0 and C1 control characters and DEL: U+0000 to U+001F, U+007F to U+009F. */
    Gen<Integer> CONTROL = oneOf(range(0x00, 0x1F), range(0x7F, 0x9F));
    /** Any char of the Basic Multilingual Plane, surrogates and noncharacters included. */
    Gen<Integer> BMP = range(0x0000, 0xFFFF);
    /** Well-formed text: mostly ASCII, some Latin-1, CJK, emoji, other BMP letters; no controls, no lone surrogates. */
    Gen<Integer> TEXT = frequency(weighted(8, ASCII), weighted(2, LATIN1), weighted(2, CJK), weighted(1, EMOJI),
            weighted(1, SUPPLEMENTARY), weighted(2, range(0x0100, 0xD7FF)), weighted(1, range(0xE000, 0xFFFD)));
    /** Anything: well-formed text plus white space, control characters, lone surrogates and noncharacters. */
    Gen<Integer> ANY = frequency(weighted(12, TEXT), weighted(2, WHITESPACE), weighted(2, CONTROL),
            weighted(1, LONE_SURROGATES), weighted(2, BMP), weighted(1, chars("\"\\'&=+%#?/;<>{}[]:,\uFFFE\uFFFF")));

    // ---- composing --------------------------------------------------------------------------------------------

    /** @return a generator of {@code f} applied to this one's samples */
    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        return r -> f.apply(apply(r));
    }

    /** @return a generator whose samples come from the generator {@code f} picks for this one's sample */
    default <R> Gen<R> flatMap(Function<? super T, ? extends Function<SplittableRandom, ? extends R>> f) {
        return r -> f.apply(apply(r)).apply(r);
    }

    /**
     * @return a generator of this one's samples that satisfy {@code accept}; fails after 10,000 rejections in a row
     *         (use it for rare exclusions, not to find needles)
     */
    default Gen<T> filter(Predicate<? super T> accept) {
        return r -> {
            for (int i = 0; i < 10_000; i++) {
                T sample = apply(r);
                if (accept.test(sample)) {
                    return sample;
                }
            }
            throw new IllegalStateException("filter rejected 10,000 samples in a row");
        };
    }

    /** @return this generator, giving {@code null} with probability {@code p} */
    default Gen<T> orNull(double p) {
        return nullable(p, this);
    }

    /** @return lists of {@code min} to {@code max} of this generator's samples */
    default Gen<List<T>> list(int min, int max) {
        return lists(this, min, max);
    }

    /** @return this generator seen as one of {@code Object}s (for mixing types in {@link #oneOf}) */
    default Gen<Object> asObject() {
        return this::apply;
    }

    // ---- choices ----------------------------------------------------------------------------------------------

    /** @return a generator always giving {@code value} */
    static <T> Gen<T> constant(T value) {
        return r -> value;
    }

    /** @return a generator of one of {@code values}, uniformly ({@code null} allowed) */
    @SafeVarargs
    static <T> Gen<T> elements(T... values) {
        return elements(Arrays.asList(values.clone()));
    }

    /** @return a generator of one of {@code values}, uniformly */
    static <T> Gen<T> elements(List<? extends T> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values to choose from");
        }
        List<? extends T> copy = new ArrayList<>(values);
        return r -> copy.get(r.nextInt(copy.size()));
    }

    /** @return a generator of the constants of an enum, uniformly */
    static <E extends Enum<E>> Gen<E> enums(Class<E> type) {
        return elements(type.getEnumConstants());
    }

    /** @return a generator of {@code true} and {@code false} */
    static Gen<Boolean> booleans() {
        return SplittableRandom::nextBoolean;
    }

    /** @return a generator picking one of {@code gens} uniformly, then its sample */
    @SafeVarargs
    static <T> Gen<T> oneOf(Function<SplittableRandom, ? extends T>... gens) {
        List<Function<SplittableRandom, ? extends T>> copy = List.of(gens);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("no generators to choose from");
        }
        return r -> copy.get(r.nextInt(copy.size())).apply(r);
    }

    /** @return a generator picking one of {@code choices} with probability proportional to its weight */
    @SafeVarargs
    static <T> Gen<T> frequency(Weighted<? extends T>... choices) {
        List<Weighted<? extends T>> copy = List.of(choices);
        int total = copy.stream().mapToInt(Weighted::weight).sum();
        if (total <= 0) {
            throw new IllegalArgumentException("no positive weight");
        }
        return r -> {
            int pick = r.nextInt(total);
            for (Weighted<? extends T> w : copy) {
                pick -= w.weight();
                if (pick < 0) {
                    return w.gen().apply(r);
                }
            }
            throw new AssertionError("unreachable");
        };
    }

    /** @return a choice for {@link #frequency} */
    static <T> Weighted<T> weighted(int weight, Function<SplittableRandom, ? extends T> gen) {
        return new Weighted<>(weight, gen);
    }

    /**
     * A generator with its weight in {@link #frequency}.
     *
     * @param weight relative weight, not negative
     * @param gen the generator
     */
    record Weighted<T>(int weight, Function<SplittableRandom, ? extends T> gen) {

        /** Checks the weight and generator. */
        public Weighted {
            if (weight < 0) {
                throw new IllegalArgumentException("negative weight " + weight);
            }
            Objects.requireNonNull(gen, "gen");
        }
    }

    /** @return a generator giving {@code null} with probability {@code p}, else a sample of {@code gen} */
    static <T> Gen<T> nullable(double p, Function<SplittableRandom, ? extends T> gen) {
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("probability out of [0, 1]: " + p);
        }
        return r -> r.nextDouble() < p ? null : gen.apply(r);
    }

    // ---- numbers ----------------------------------------------------------------------------------------------

    /** @return a generator of any {@code int}, boundaries and small magnitudes favoured */
    static Gen<Integer> ints() {
        return ints(Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** @return a generator of {@code int}s in {@code [min, max]}, boundaries favoured */
    static Gen<Integer> ints(int min, int max) {
        Gen<Long> longs = longs(min, max);
        return r -> longs.apply(r).intValue();
    }

    /** @return a generator of any {@code long}, boundaries and small magnitudes favoured */
    static Gen<Long> longs() {
        return longs(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** @return a generator of {@code long}s in {@code [min, max]}, boundaries favoured */
    static Gen<Long> longs(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("min " + min + " > max " + max);
        }
        List<Long> edges = new ArrayList<>();
        for (long e : new long[] { min, max, min + 1, max - 1, 0, 1, -1 }) {
            if (e >= min && e <= max && !edges.contains(e)) {
                edges.add(e);
            }
        }
        // max - min as an unsigned long: even Long.MAX_VALUE - Long.MIN_VALUE fits
        long span = max - min;
        boolean wide = Long.compareUnsigned(span, 1L << 16) > 0;
        return r -> {
            int mode = r.nextInt(8);
            if (mode == 0) {
                return edges.get(r.nextInt(edges.size()));
            }
            if (mode <= 4 && wide) {
                // a random bit length (0 to 63): small magnitudes as often as huge ones
                long offset = r.nextLong() >>> (1 + r.nextInt(63));
                if (mode <= 2 && min <= 0 && max >= 0) {
                    long v = r.nextBoolean() ? offset : -offset;
                    if (v >= min && v <= max) {
                        return v; // around 0
                    }
                }
                if (Long.compareUnsigned(offset, span) > 0) {
                    offset = Long.remainderUnsigned(offset, span + 1); // span < 2^63 - 1 here: no overflow
                }
                return r.nextBoolean() ? min + offset : max - offset; // near either end
            }
            if (span >= 0 && span < Long.MAX_VALUE) {
                return min + r.nextLong(span + 1);
            }
            while (true) {
                long offset = r.nextLong();
                if (Long.compareUnsigned(offset, span) <= 0) {
                    return min + offset;
                }
            }
        };
    }

    /**
     * @return a generator of any {@code double}: NaN, infinities, ±0, the smallest subnormal, the extremes, random
     *         bit patterns and short decimals
     */
    static Gen<Double> doubles() {
        Gen<Double> special = elements(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0,
                Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, 1.0, -1.0,
                0.1, 1e18, 9.223372036854776E18);
        Gen<Double> bits = r -> Double.longBitsToDouble(r.nextLong());
        Gen<Long> mantissas = longs(-1_000_000_000_000L, 1_000_000_000_000L);
        Gen<Double> decimals = r -> mantissas.apply(r) / Math.pow(10, r.nextInt(7));
        return frequency(weighted(1, special), weighted(2, bits), weighted(2, decimals));
    }

    /** @return a generator of {@code BigInteger}s in {@code [min, max]}, boundaries and short ones favoured */
    static Gen<BigInteger> bigIntegers(BigInteger min, BigInteger max) {
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("min " + min + " > max " + max);
        }
        BigInteger width = max.subtract(min).add(BigInteger.ONE);
        List<BigInteger> edges = new ArrayList<>();
        for (BigInteger e : List.of(min, max, min.add(BigInteger.ONE), max.subtract(BigInteger.ONE), BigInteger.ZERO,
                BigInteger.ONE, BigInteger.ONE.negate())) {
            if (e.compareTo(min) >= 0 && e.compareTo(max) <= 0 && !edges.contains(e)) {
                edges.add(e);
            }
        }
        int bits = width.bitLength();
        boolean zeroInside = min.signum() <= 0 && max.signum() >= 0;
        return r -> {
            int mode = r.nextInt(8);
            if (mode == 0) {
                return edges.get(r.nextInt(edges.size()));
            }
            if (mode <= 4) {
                // a random bit length: short values as often as long ones
                BigInteger offset = randomBits(r, r.nextInt(bits + 1));
                if (mode <= 2 && zeroInside) {
                    BigInteger v = r.nextBoolean() ? offset : offset.negate();
                    if (v.compareTo(min) >= 0 && v.compareTo(max) <= 0) {
                        return v; // around 0
                    }
                }
                offset = offset.mod(width);
                return r.nextBoolean() ? min.add(offset) : max.subtract(offset); // near either end
            }
            return min.add(randomBits(r, bits + 16).mod(width));
        };
    }

    /** @return a generator of signed {@code BigInteger}s of up to {@code maxBits} bits, every bit length alike */
    static Gen<BigInteger> bigIntegers(int maxBits) {
        BigInteger limit = BigInteger.ONE.shiftLeft(maxBits);
        return bigIntegers(limit.negate().add(BigInteger.ONE), limit.subtract(BigInteger.ONE));
    }

    /**
     * @return a generator of {@code BigDecimal}s of up to 128 bits of unscaled value, with scales from the ordinary
     *         (-20..20) through the large (±10,000) to the extreme ({@code 1E+999999999}, {@code 1E-2147483647},
     *         {@link Integer#MIN_VALUE} and {@link Integer#MAX_VALUE})
     */
    static Gen<BigDecimal> bigDecimals() {
        Gen<BigInteger> unscaled = bigIntegers(128);
        Gen<Integer> scales = frequency(weighted(6, ints(-20, 20)), weighted(2, ints(-10_000, 10_000)),
                weighted(1, ints()), weighted(1, elements(999_999_999, -999_999_999, Integer.MAX_VALUE,
                        Integer.MIN_VALUE, Integer.MAX_VALUE - 1, Integer.MIN_VALUE + 1)));
        Gen<BigDecimal> literals = elements("0", "-0", "0E+2147483647", "1E+999999999", "1E-999999999",
                "-1E+999999999", "999999999999999999", "1000000000000000000", "1.000000000000000000000000000000",
                "0.000000000000000000000000000001", "9.99999E+17").map(BigDecimal::new);
        return frequency(weighted(8, r -> new BigDecimal(unscaled.apply(r), scales.apply(r))), weighted(1, literals));
    }

    /** @return {@code n} random bits as a non-negative {@code BigInteger} */
    private static BigInteger randomBits(SplittableRandom r, int n) {
        if (n <= 0) {
            return BigInteger.ZERO;
        }
        byte[] bytes = new byte[(n + 7) / 8 + 1];
        for (int i = 1; i < bytes.length; i++) {
            bytes[i] = (byte) r.nextInt(256);
        }
        return new BigInteger(bytes).shiftRight(bytes.length * 8 - 8 - n);
    }

    // ---- sizes, strings, collections, bytes -----------------------------------------------------------------

    /** @return a generator of sizes in {@code [min, max]}: often the minimum, small ones, or the maximum */
    static Gen<Integer> sizes(int min, int max) {
        if (min < 0 || min > max) {
            throw new IllegalArgumentException("bad size range [" + min + ", " + max + "]");
        }
        return r -> {
            int mode = r.nextInt(20);
            if (mode < 2) {
                return min;
            }
            if (mode == 2) {
                return max;
            }
            if (mode < 11) {
                return min + r.nextInt(Math.min(max - min, 8) + 1);
            }
            return min + r.nextInt(max - min + 1);
        };
    }

    /** @return a generator of single code points from the code points of {@code alphabet} */
    static Gen<Integer> chars(String alphabet) {
        int[] codePoints = alphabet.codePoints().toArray();
        if (codePoints.length == 0) {
            throw new IllegalArgumentException("empty alphabet");
        }
        return r -> codePoints[r.nextInt(codePoints.length)];
    }

    /** @return a generator of code points in {@code [from, to]} */
    static Gen<Integer> range(int from, int to) {
        if (from < 0 || to > Character.MAX_CODE_POINT || from > to) {
            throw new IllegalArgumentException("bad code point range");
        }
        return r -> from + r.nextInt(to - from + 1);
    }

    /**
     * @return a generator of strings of {@code min} to {@code max} code points from {@code codePoints} (a code point
     *         in the surrogate range is appended as that single, lone char)
     */
    static Gen<String> strings(Function<SplittableRandom, Integer> codePoints, int min, int max) {
        Gen<Integer> sizes = sizes(min, max);
        return r -> {
            int n = sizes.apply(r);
            StringBuilder sb = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                sb.appendCodePoint(codePoints.apply(r));
            }
            return sb.toString();
        };
    }

    /** @return a generator of strings of {@code min} to {@code max} code points of {@link #ANY} */
    static Gen<String> strings(int min, int max) {
        return strings(ANY, min, max);
    }

    /** @return a generator of strings of exactly {@code length} code points from {@code codePoints} */
    static Gen<String> strings(Function<SplittableRandom, Integer> codePoints, int length) {
        return strings(codePoints, length, length);
    }

    /** @return a generator of lists of {@code min} to {@code max} samples of {@code gen} */
    static <T> Gen<List<T>> lists(Function<SplittableRandom, ? extends T> gen, int min, int max) {
        Gen<Integer> sizes = sizes(min, max);
        return r -> {
            int n = sizes.apply(r);
            List<T> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(gen.apply(r));
            }
            return list;
        };
    }

    /**
     * @return a generator of maps (in insertion order) with {@code min} to {@code max} distinct keys; fewer when the
     *         keys run out
     */
    static <K, V> Gen<Map<K, V>> maps(Function<SplittableRandom, ? extends K> keys,
            Function<SplittableRandom, ? extends V> values, int min, int max) {
        Gen<Integer> sizes = sizes(min, max);
        return r -> {
            int n = sizes.apply(r);
            Map<K, V> map = new LinkedHashMap<>();
            for (int attempts = 0; map.size() < n && attempts < n * 10; attempts++) {
                K key = keys.apply(r);
                if (!map.containsKey(key)) {
                    map.put(key, values.apply(r));
                }
            }
            return map;
        };
    }

    /** @return a generator of byte arrays of {@code min} to {@code max} bytes, any values */
    static Gen<byte[]> bytes(int min, int max) {
        return bytes(0x00, 0xFF, min, max);
    }

    /**
     * @return a generator of byte arrays of {@code min} to {@code max} bytes with unsigned values in {@code [from,
     *         to]} (0x00 to 0xFF), the boundary values favoured
     */
    static Gen<byte[]> bytes(int from, int to, int min, int max) {
        if (from < 0 || to > 0xFF || from > to) {
            throw new IllegalArgumentException("bad byte range");
        }
        Gen<Integer> sizes = sizes(min, max);
        Gen<Long> values = longs(from, to);
        return r -> {
            byte[] out = new byte[sizes.apply(r)];
            for (int i = 0; i < out.length; i++) {
                out[i] = (byte) values.apply(r).intValue();
            }
            return out;
        };
    }
}
