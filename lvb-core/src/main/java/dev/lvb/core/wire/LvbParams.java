package dev.lvb.core.wire;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.lvb.core.error.LvbValidationException;

/**
 * The ordered query parameters of one legacy API call, with LVB's {@code Param.s.} (string) and {@code Param.n.}
 * (number) type tags, and their {@code application/x-www-form-urlencoded} form. Values are encoded exactly once,
 * here, so that {@code 2017-01-01 10:10:01} travels as {@code 2017-01-01+10%3A10%3A01} as LVB's docs require.
 */
public final class LvbParams {

    /** Prefix of string parameters. */
    public static final String STRING = "Param.s.";
    /** Prefix of numeric parameters. */
    public static final String NUMBER = "Param.n.";

    private final List<Map.Entry<String, String>> entries;

    private LvbParams(List<Map.Entry<String, String>> entries) {
        this.entries = Collections.unmodifiableList(entries);
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the parameters in order, by their full wire names */
    public List<Map.Entry<String, String>> entries() {
        return entries;
    }

    /** @return {@code name=value&...}, form-encoded */
    public String toFormEncoded() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : entries) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(encode(e.getKey())).append('=').append(encode(e.getValue()));
        }
        return sb.toString();
    }

    /**
     * @param query a form-encoded query string (without {@code ?})
     * @return its parameters, decoded, in order
     */
    public static LvbParams parseFormEncoded(String query) {
        List<Map.Entry<String, String>> list = new ArrayList<>();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                try {
                    list.add(Map.entry(URLDecoder.decode(name, StandardCharsets.UTF_8),
                            URLDecoder.decode(value, StandardCharsets.UTF_8)));
                } catch (IllegalArgumentException e) {
                    throw new LvbValidationException(name, "is not form-encoded correctly");
                }
            }
        }
        return new LvbParams(list);
    }

    /**
     * @param fullName a full wire name, e.g. {@code Param.s.channel_id} or {@code interface}
     * @return its first value
     */
    public Optional<String> get(String fullName) {
        for (Map.Entry<String, String> e : entries) {
            if (e.getKey().equals(fullName)) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /**
     * @param name a business parameter name without type tag, e.g. {@code task_id}
     * @return its value, whether it was sent as {@code Param.s.} or {@code Param.n.}
     */
    public Optional<String> param(String name) {
        return get(STRING + name).or(() -> get(NUMBER + name));
    }

    /**
     * @param name the parameter's name without {@code Param.n.}/{@code Param.s.}
     * @return the value of a business parameter as an integer, empty when absent
     */
    public Optional<Long> number(String name) {
        Optional<String> v = param(name);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(v.get().trim()));
        } catch (NumberFormatException e) {
            throw new LvbValidationException(NUMBER + name, "must be a 64-bit integer, got '"
                    + dev.lvb.core.error.Redaction.clip(v.get()) + "'");
        }
    }

    /**
     * @param name the parameter's name without {@code Param.n.}/{@code Param.s.}
     * @return the value of a business parameter as an int, or {@code null}
     */
    public Integer intOrNull(String name) {
        Optional<Long> n = number(name);
        if (n.isEmpty()) {
            return null;
        }
        long v = n.get();
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new LvbValidationException(NUMBER + name, "must be a 32-bit integer, got " + v);
        }
        return (int) v;
    }

    /**
     * @param name the parameter's name without {@code Param.n.}/{@code Param.s.}
     * @return the value of a business parameter as text, or {@code null}
     */
    public String textOrNull(String name) {
        return param(name).orElse(null);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return toFormEncoded();
    }

    /** Collects parameters in call order; {@code null} values are left out. */
    public static final class Builder {
        private final List<Map.Entry<String, String>> list = new ArrayList<>();

        /**
         * Adds {@code Param.s.<name>}.
         *
         * @param name the name after {@code Param.s.}
         * @param value the value, or {@code null} to leave it out
         * @return this builder
         */
        public Builder s(String name, String value) {
            return raw(STRING + name, value);
        }

        /**
         * Adds {@code Param.n.<name>} written in decimal.
         *
         * @param name the name after {@code Param.n.}
         * @param value the value, or {@code null} to leave it out
         * @return this builder
         */
        public Builder n(String name, Number value) {
            return raw(NUMBER + name, value == null ? null : value.toString());
        }

        /**
         * Adds {@code Param.n.<name>} from decimal digits (values beyond {@code long}).
         *
         * @param name the name after {@code Param.n.}
         * @param digits the decimal digits, or {@code null} to leave it out
         * @return this builder
         */
        public Builder nDigits(String name, String digits) {
            return raw(NUMBER + name, digits);
        }

        /**
         * Adds a parameter by its full wire name.
         *
         * @param fullName the full wire name
         * @param value the value, or {@code null} to leave it out
         * @return this builder
         */
        public Builder raw(String fullName, String value) {
            if (value != null) {
                list.add(Map.entry(fullName, value));
            }
            return this;
        }

        /** @return the parameters */
        public LvbParams build() {
            return new LvbParams(new ArrayList<>(list));
        }
    }
}
