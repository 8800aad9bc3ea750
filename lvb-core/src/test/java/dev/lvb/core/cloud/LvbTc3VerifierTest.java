package dev.lvb.core.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class LvbTc3VerifierTest {

    private static final LvbCloudCredentials KNOWN = LvbCloudCredentials.of("AKID", "KEY");
    private static final long NOW = 1_700_000_000L;
    private static final byte[] BODY = "{\"StreamName\":\"流\"}".getBytes(StandardCharsets.UTF_8);

    private final LvbTc3Verifier verifier = new LvbTc3Verifier("live",
            id -> id.equals("AKID") ? Optional.of(KNOWN) : Optional.empty(), LvbTc3Verifier.DEFAULT_MAX_SKEW);

    private static Map<String, String> request(LvbTc3Signer signer, LvbCloudCredentials c, long ts) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(signer.sign(c, "127.0.0.1:8080", "DropLiveStream", null, BODY, ts).asMap());
        headers.put("Host", "127.0.0.1:8080");
        headers.put("Content-Type", LvbTc3Signer.CONTENT_TYPE);
        return headers;
    }

    private LvbTc3Verifier.Outcome check(Map<String, String> h, byte[] body) {
        return verifier.verify("POST", "/", "", h::get, body, NOW);
    }

    @Test
    void acceptsBothSignedHeaderSets() {
        assertThat(check(request(LvbTc3Signer.live(), KNOWN, NOW), BODY)).isEqualTo(LvbTc3Verifier.Outcome.OK);
        assertThat(check(request(LvbTc3Signer.live().withoutActionHeader(), KNOWN, NOW - 299), BODY))
                .isEqualTo(LvbTc3Verifier.Outcome.OK);
    }

    @Test
    void namesEachRejectionWithTencentsCode() {
        assertThat(check(request(LvbTc3Signer.live(), KNOWN, NOW - 301), BODY).code())
                .isEqualTo("AuthFailure.SignatureExpire");
        assertThat(check(request(LvbTc3Signer.live(), LvbCloudCredentials.of("OTHER", "KEY"), NOW), BODY).code())
                .isEqualTo("AuthFailure.SecretIdNotFound");
        assertThat(check(request(LvbTc3Signer.live(), LvbCloudCredentials.of("AKID", "WRONG"), NOW), BODY).code())
                .isEqualTo("AuthFailure.SignatureFailure");
        assertThat(check(request(LvbTc3Signer.live(), KNOWN, NOW), "{}".getBytes(StandardCharsets.UTF_8)).code())
                .isEqualTo("AuthFailure.SignatureFailure");
        Map<String, String> otherAction = request(LvbTc3Signer.live(), KNOWN, NOW);
        otherAction.put("X-TC-Action", "CreateRecordTask");
        assertThat(check(otherAction, BODY).code()).isEqualTo("AuthFailure.SignatureFailure");
        Map<String, String> garbled = request(LvbTc3Signer.live(), KNOWN, NOW);
        garbled.put("Authorization", "Basic abc");
        assertThat(check(garbled, BODY).code()).isEqualTo("AuthFailure.InvalidAuthorization");
        garbled.remove("Authorization");
        assertThat(check(garbled, BODY).code()).isEqualTo("AuthFailure.InvalidAuthorization");
    }

    @Test
    void checksTheTokenOfTemporaryCredentials() {
        LvbCloudCredentials temporary = new LvbCloudCredentials("AKID", "KEY", "T1");
        LvbTc3Verifier v = new LvbTc3Verifier("live", id -> Optional.of(temporary), Duration.ofMinutes(5));
        Map<String, String> h = request(LvbTc3Signer.live(), temporary, NOW);
        assertThat(v.verify("POST", "/", "", h::get, BODY, NOW)).isEqualTo(LvbTc3Verifier.Outcome.OK);
        h.put("X-TC-Token", "T2");
        assertThat(v.verify("POST", "/", "", h::get, BODY, NOW).code()).isEqualTo("AuthFailure.TokenFailure");
    }
}
