package dev.lvb.it.wiremock;

import java.time.Clock;
import java.util.Optional;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import com.github.tomakehurst.wiremock.matching.RequestMatcherExtension;

import dev.lvb.core.cloud.LvbCloudCredentials;
import dev.lvb.core.cloud.LvbTc3Signer;
import dev.lvb.core.cloud.LvbTc3Verifier;
import dev.lvb.it.TestKeys;

/**
 * WireMock request matcher {@value #NAME}: matches only a Cloud API 3.0 request whose TC3-HMAC-SHA256 signature is
 * right, recomputed here from the request as received (method, path, the signed headers, the body bytes) with the
 * test's SecretKey, its timestamp within Tencent's five minutes.
 */
public final class Tc3SignatureMatcher extends RequestMatcherExtension {

    /** The name stubs use ({@code .andMatching(NAME)}). */
    public static final String NAME = "lvb-tc3";

    private final LvbTc3Verifier verifier = new LvbTc3Verifier(LvbTc3Signer.LIVE_SERVICE,
            id -> id.equals(TestKeys.CLOUD_SECRET_ID)
                    ? Optional.of(LvbCloudCredentials.of(TestKeys.CLOUD_SECRET_ID, TestKeys.CLOUD_SECRET_KEY))
                    : Optional.empty(),
            LvbTc3Verifier.DEFAULT_MAX_SKEW);
    private final Clock clock;

    public Tc3SignatureMatcher(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public MatchResult match(Request request, Parameters parameters) {
        String url = request.getUrl();
        int q = url.indexOf('?');
        LvbTc3Verifier.Outcome outcome = verifier.verify(request.getMethod().getName(),
                q < 0 ? url : url.substring(0, q), q < 0 ? "" : url.substring(q + 1), request::getHeader,
                request.getBody(), clock.instant().getEpochSecond());
        return MatchResult.of(outcome == LvbTc3Verifier.Outcome.OK);
    }

}
