package dev.lvb.it.wiremock;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import com.github.tomakehurst.wiremock.matching.RequestMatcherExtension;

import dev.lvb.it.Md5;

/**
 * WireMock request matcher {@value #NAME}: a stub that references it ({@code "customMatcher": {"name":
 * "lvb-signature", "parameters": {"names": [...]}}}) only matches a request that LVB itself would accept:
 * <ul>
 * <li>{@code t} is decimal UNIX seconds, in the future, and equals now + the configured signature validity
 * (within a small margin);</li>
 * <li>{@code sign} is 32 lowercase hex digits and equals {@code md5(api key + t)}, recomputed here;</li>
 * <li>the query has exactly the parameter names listed in {@code names} plus {@code t} and {@code sign}, each once
 * (so an extra or misspelt parameter gets no match), and no value is encoded twice;</li>
 * <li>optionally, each text of {@code raw} appears verbatim in the raw query (to pin the exact encoding, e.g.
 * {@code Param.s.start_time=2017-06-01+10%3A00%3A00}).</li>
 * </ul>
 * The stub's own {@code queryParameters} pin the values. A request that fails here gets no stub: WireMock answers
 * 404, the client raises {@code LvbHttpException}, and the test fails.
 */
public final class LvbSignatureMatcher extends RequestMatcherExtension {

    /** The name mapping files use. */
    public static final String NAME = "lvb-signature";

    /** Slack for the time between signing and matching, and for whole-second rounding. */
    static final long MARGIN_SECONDS = 10;

    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,12}");
    private static final Pattern SIGN = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern ENCODED_TWICE = Pattern.compile("%[0-9A-Fa-f]{2}");

    private final String apiKey;
    private final long validitySeconds;
    private final Clock clock;

    /**
     * @param apiKey the key the application under test must sign with
     * @param validitySeconds the application's {@code quarkus.lvb.signature-validity}
     * @param clock now
     */
    public LvbSignatureMatcher(String apiKey, long validitySeconds, Clock clock) {
        this.apiKey = apiKey;
        this.validitySeconds = validitySeconds;
        this.clock = clock;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public MatchResult match(Request request, Parameters parameters) {
        return MatchResult.of(problem(request.getUrl(), parameters) == null);
    }

    /**
     * @param url path and raw query as received
     * @param parameters the stub's matcher parameters
     * @return why LVB would refuse the request, or {@code null} when it is correctly signed and shaped
     */
    public String problem(String url, Map<String, Object> parameters) {
        int q = url.indexOf('?');
        String raw = q < 0 ? "" : url.substring(q + 1);
        List<String[]> query = new ArrayList<>();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                query.add(new String[] { URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8) });
            } catch (IllegalArgumentException e) {
                return "not form-encoded: " + pair;
            }
        }

        Object names = parameters == null ? null : parameters.get("names");
        if (!(names instanceof Collection<?> expectedNames)) {
            return "the stub lists no parameter names (customMatcher parameters.names)";
        }
        Set<String> expected = new TreeSet<>();
        expectedNames.forEach(n -> expected.add(String.valueOf(n)));
        expected.add("t");
        expected.add("sign");
        Set<String> seen = new HashSet<>();
        String t = null;
        String sign = null;
        for (String[] p : query) {
            if (!seen.add(p[0])) {
                return "parameter sent twice: " + p[0];
            }
            if (ENCODED_TWICE.matcher(p[1]).find()) {
                return "value of " + p[0] + " is encoded twice";
            }
            if (p[0].equals("t")) {
                t = p[1];
            } else if (p[0].equals("sign")) {
                sign = p[1];
            }
        }
        if (!seen.equals(expected)) {
            return "parameters " + new TreeSet<>(seen) + ", expected " + expected;
        }
        if (!DECIMAL.matcher(t).matches()) {
            return "t is not decimal UNIX seconds: " + t;
        }
        long expiry = Long.parseLong(t);
        long now = clock.instant().getEpochSecond();
        if (expiry <= now) {
            return "t is not in the future";
        }
        if (Math.abs(expiry - (now + validitySeconds)) > MARGIN_SECONDS) {
            return "t is not now + " + validitySeconds + " s: " + (expiry - now) + " s ahead";
        }
        if (!SIGN.matcher(sign).matches()) {
            return "sign is not 32 lowercase hex digits";
        }
        if (!MessageDigest.isEqual(sign.getBytes(StandardCharsets.US_ASCII),
                Md5.sign(apiKey, t).getBytes(StandardCharsets.US_ASCII))) {
            return "sign is not md5(api key + t)";
        }
        Object exact = parameters.get("raw");
        if (exact instanceof Collection<?> texts) {
            for (Object text : texts) {
                if (!raw.contains(String.valueOf(text))) {
                    return "raw query lacks " + text;
                }
            }
        }
        return null;
    }
}
