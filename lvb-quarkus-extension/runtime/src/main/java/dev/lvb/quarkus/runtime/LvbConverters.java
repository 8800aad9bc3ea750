package dev.lvb.quarkus.runtime;

import java.math.BigInteger;
import java.time.Duration;

import org.eclipse.microprofile.config.spi.Converter;

import dev.lvb.core.config.ConfigValues;
import io.quarkus.runtime.configuration.MemorySize;

/**
 * {@code @WithConverter} adapters of lvb-core's one set of converters, so that {@code quarkus.lvb.*} values mean
 * exactly what the same {@code lvb.*} values mean on plain MicroProfile (where lvb-rest-client and lvb-callback read
 * them through the same converters), and a misspelt boolean is an error rather than MicroProfile's silent
 * {@code false}.
 */
public final class LvbConverters {

    private LvbConverters() {
    }

    /** Durations: {@code PT1S}, {@code 30} (seconds), {@code 500ms}, {@code 2s}, {@code 10m}, {@code 1h}, {@code 1d}. */
    public static final class DurationConverter implements Converter<Duration> {
        private static final long serialVersionUID = 1L;

        @Override
        public Duration convert(String value) {
            return ConfigValues.parseDuration(value);
        }
    }

    /** Sizes: bytes, or {@code 64K}, {@code 1M}, {@code 1G} (binary multiples). */
    public static final class SizeConverter implements Converter<MemorySize> {
        private static final long serialVersionUID = 1L;

        @Override
        public MemorySize convert(String value) {
            return new MemorySize(BigInteger.valueOf(ConfigValues.parseSize(value)));
        }
    }

    /** Booleans: {@code true/yes/y/on/1}, {@code false/no/n/off/0}; anything else is refused. */
    public static final class BooleanConverter implements Converter<Boolean> {
        private static final long serialVersionUID = 1L;

        @Override
        public Boolean convert(String value) {
            return ConfigValues.parseBoolean(value);
        }
    }
}
