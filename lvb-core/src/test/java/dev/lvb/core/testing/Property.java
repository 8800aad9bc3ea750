package dev.lvb.core.testing;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A minimal property-based testing harness on plain JUnit 5: checks a property against fixed edge cases, then against
 * {@code tries} random samples drawn from a generator (see {@link Gen}). No shrinking.
 * <p>
 * Reproducible: the seed is taken from the system property {@value #SEED_PROPERTY} when set (e.g.
 * {@code ./mvnw -pl lvb-core test -Dtest=SomeTest -Dlvb.property.seed=42}), else chosen at random for each
 * property. Try {@code i} always sees the same sample for the same seed, whatever the check does. A failure throws an
 * {@link AssertionError} naming the property, the try, the seed (with the exact {@code -D} option to reproduce it)
 * and the failing sample, with the original failure as its cause.
 *
 * <pre>{@code
 * Property.forAll("t round trips", Gen.longs(0, 999), t -> assertThat(parse(format(t))).isEqualTo(t));
 * Property.forAll("ids are accepted", 2000, List.of("", "a"), Gen.strings(Gen.ANY, 0, 20), id -> ...);
 * }</pre>
 */
public final class Property {

    /** The system property holding the seed of a run. */
    public static final String SEED_PROPERTY = "lvb.property.seed";
    /** Random samples checked when no number is given. */
    public static final int DEFAULT_TRIES = 1000;
    /** How many characters of a sample the failure message shows. */
    static final int MAX_SAMPLE_CHARS = 1000;

    private final String name;
    private int tries = DEFAULT_TRIES;
    private Long seed;
    private boolean quiet;

    private Property(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    // ---- the short forms ---------------------------------------------------------------------------------------

    /** Checks {@code check} on {@value #DEFAULT_TRIES} samples of {@code generator}. */
    public static <T> Result forAll(String name, Function<SplittableRandom, ? extends T> generator,
            Consumer<? super T> check) {
        return named(name).check(List.of(), generator, check);
    }

    /** Checks {@code check} on {@code tries} samples of {@code generator}. */
    public static <T> Result forAll(String name, int tries, Function<SplittableRandom, ? extends T> generator,
            Consumer<? super T> check) {
        return named(name).tries(tries).check(List.of(), generator, check);
    }

    /** Checks {@code check} on every edge case, in order, then on {@value #DEFAULT_TRIES} samples. */
    public static <T> Result forAll(String name, List<? extends T> edgeCases,
            Function<SplittableRandom, ? extends T> generator, Consumer<? super T> check) {
        return named(name).check(edgeCases, generator, check);
    }

    /** Checks {@code check} on every edge case, in order, then on {@code tries} samples of {@code generator}. */
    public static <T> Result forAll(String name, int tries, List<? extends T> edgeCases,
            Function<SplittableRandom, ? extends T> generator, Consumer<? super T> check) {
        return named(name).tries(tries).check(edgeCases, generator, check);
    }

    // ---- the long form -----------------------------------------------------------------------------------------

    /** @return a property to configure, then run with {@link #check} */
    public static Property named(String name) {
        return new Property(name);
    }

    /** @return this, checking {@code tries} random samples (0 or more; edge cases come on top) */
    public Property tries(int tries) {
        if (tries < 0) {
            throw new IllegalArgumentException("tries must not be negative, got " + tries);
        }
        this.tries = tries;
        return this;
    }

    /** @return this, with a fixed seed that wins over {@value #SEED_PROPERTY} (for testing the harness itself) */
    public Property seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** @return this, printing no summary line on success */
    public Property quiet() {
        this.quiet = true;
        return this;
    }

    /**
     * Runs the property: every edge case in order, then the random tries.
     *
     * @return what was checked, for coverage assertions and messages
     * @throws AssertionError at the first sample that fails (or when the generator itself fails)
     */
    public <T> Result check(List<? extends T> edgeCases, Function<SplittableRandom, ? extends T> generator,
            Consumer<? super T> check) {
        Objects.requireNonNull(edgeCases, "edgeCases");
        Objects.requireNonNull(generator, "generator");
        Objects.requireNonNull(check, "check");
        long s = seed != null ? seed : seedFromSystem();
        long started = System.nanoTime();

        for (int i = 0; i < edgeCases.size(); i++) {
            T sample = edgeCases.get(i);
            try {
                check.accept(sample);
            } catch (Throwable failure) {
                rethrowFatal(failure);
                throw failed("edge case " + (i + 1) + " of " + edgeCases.size(), s, sample, failure);
            }
        }
        SplittableRandom root = new SplittableRandom(s);
        for (int i = 1; i <= tries; i++) {
            // one independent stream per try: the samples depend on the seed and the try number only
            SplittableRandom random = root.split();
            T sample;
            try {
                sample = generator.apply(random);
            } catch (Throwable failure) {
                rethrowFatal(failure);
                throw new AssertionError(String.format("Property '%s': the generator failed on try %d of %d%n"
                        + "  seed %d, reproduce with -D%s=%d%n  cause: %s", name, i, tries, s, SEED_PROPERTY, s,
                        clip(String.valueOf(failure), 300)), failure);
            }
            try {
                check.accept(sample);
            } catch (Throwable failure) {
                rethrowFatal(failure);
                throw failed("try " + i + " of " + tries, s, sample, failure);
            }
        }
        Result result = new Result(name, s, edgeCases.size(), tries, (System.nanoTime() - started) / 1_000_000);
        if (!quiet) {
            System.out.println(result);
        }
        return result;
    }

    private AssertionError failed(String where, long s, Object sample, Throwable failure) {
        String message = String.format("Property '%s' failed on %s%n  seed %d, reproduce with -D%s=%d%n"
                + "  sample: %s%n  cause: %s", name, where, s, SEED_PROPERTY, s, show(sample),
                clip(String.valueOf(failure), 2000));
        return new AssertionError(message, failure);
    }

    private static void rethrowFatal(Throwable t) {
        if (t instanceof VirtualMachineError e && !(t instanceof StackOverflowError)) {
            throw e;
        }
    }

    /** @return the seed from {@value #SEED_PROPERTY}, else a random one */
    static long seedFromSystem() {
        String value = System.getProperty(SEED_PROPERTY);
        if (value == null || value.isBlank()) {
            return new SplittableRandom().nextLong();
        }
        return parseSeed(value);
    }

    static long parseSeed(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + SEED_PROPERTY + " must be a decimal long, got '" + value + "'",
                    e);
        }
    }

    // ---- showing samples ---------------------------------------------------------------------------------------

    /**
     * @return a readable, clipped rendering of a sample: strings quoted with invisible characters escaped, byte
     *         arrays as text with non-ASCII bytes in hex, records and collections element by element
     */
    public static String show(Object sample) {
        StringBuilder sb = new StringBuilder();
        render(sb, sample, 0);
        return clip(sb.toString(), MAX_SAMPLE_CHARS);
    }

    private static void render(StringBuilder sb, Object o, int depth) {
        if (sb.length() > MAX_SAMPLE_CHARS * 2) {
            return;
        }
        if (o == null) {
            sb.append("null");
        } else if (o instanceof CharSequence s) {
            quote(sb, s.toString());
        } else if (o instanceof Character c) {
            quote(sb, c.toString());
        } else if (o instanceof byte[] bytes) {
            sb.append("byte[").append(bytes.length).append("] \"");
            for (byte b : bytes) {
                int v = b & 0xff;
                if (v == '"' || v == '\\') {
                    sb.append('\\').append((char) v);
                } else if (v >= 0x20 && v < 0x7f) {
                    sb.append((char) v);
                } else {
                    sb.append(String.format("\\x%02X", v));
                }
                if (sb.length() > MAX_SAMPLE_CHARS * 2) {
                    break;
                }
            }
            sb.append('"');
        } else if (o instanceof Object[] array && depth < 5) {
            renderAll(sb, List.of(array), "[", "]", depth);
        } else if (o instanceof Collection<?> c && depth < 5) {
            renderAll(sb, c, "[", "]", depth);
        } else if (o instanceof Map<?, ?> m && depth < 5) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(first ? "" : ", ");
                first = false;
                render(sb, e.getKey(), depth + 1);
                sb.append('=');
                render(sb, e.getValue(), depth + 1);
            }
            sb.append('}');
        } else if (o instanceof Record r && depth < 5) {
            sb.append(r.getClass().getSimpleName()).append('[');
            RecordComponent[] components = r.getClass().getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(components[i].getName()).append('=');
                try {
                    Method accessor = components[i].getAccessor();
                    accessor.setAccessible(true);
                    render(sb, accessor.invoke(r), depth + 1);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    sb.append('?');
                }
            }
            sb.append(']');
        } else {
            sb.append(o);
        }
    }

    private static void renderAll(StringBuilder sb, Collection<?> items, String open, String close, int depth) {
        sb.append(open);
        boolean first = true;
        for (Object item : items) {
            sb.append(first ? "" : ", ");
            first = false;
            render(sb, item, depth + 1);
            if (sb.length() > MAX_SAMPLE_CHARS * 2) {
                break;
            }
        }
        sb.append(close);
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pairStart = Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1));
            if (pairStart) {
                sb.append(c).append(s.charAt(++i));
            } else if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (Character.isISOControl(c) || Character.isSurrogate(c) || Character.isWhitespace(c) && c != ' '
                    || Character.isSpaceChar(c) && c != ' ' || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.UNASSIGNED) {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
            if (sb.length() > MAX_SAMPLE_CHARS * 2) {
                break;
            }
        }
        sb.append('"');
    }

    static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "... (" + (s.length() - max) + " more chars)";
    }

    /**
     * What a successful property checked.
     *
     * @param name the property
     * @param seed the seed of its random samples
     * @param edgeCases edge cases checked
     * @param tries random samples checked
     * @param millis time taken
     */
    public record Result(String name, long seed, int edgeCases, int tries, long millis) {

        /** @return edge cases and random samples together */
        public int checked() {
            return edgeCases + tries;
        }

        /** @return the option that reproduces this run's samples */
        public String reproduce() {
            return "-D" + SEED_PROPERTY + "=" + seed;
        }

        @Override
        public String toString() {
            return String.format("[property] %s: %d edge cases + %d tries passed in %d ms (seed %d, reproduce with %s)",
                    name, edgeCases, tries, millis, seed, reproduce());
        }
    }
}
