package dev.lvb.core.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.sun.net.httpserver.HttpServer;
import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.Sign;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;

/** Our TC3-HMAC-SHA256 signature against Tencent's own Java SDK (3.1.637) as the oracle. */
class LvbTc3SignerOracleTest {

    static List<Arguments> inputs() {
        return List.of(
                Arguments.of("AKIDexample", "secretKeyExample", "DescribeLiveStreamState",
                        "{\"AppName\":\"live\",\"DomainName\":\"push.example.com\",\"StreamName\":\"s1\"}",
                        1_551_113_065L),
                Arguments.of("AKID2", "k/+=x", "ForbidLiveStream",
                        "{\"StreamName\":\"直播间-主播\",\"Reason\":\"违规 ✓ ünïcödé \\\"quoted\\\"\"}", 1_700_000_000L),
                // Just before and just after a UTC midnight: the date of the scope changes.
                Arguments.of("AKID3", "Gu5t9xGARNpq86cd98joQYCN3", "CreateCommonMixStream", "{}", 1_767_225_599L),
                Arguments.of("AKID3", "Gu5t9xGARNpq86cd98joQYCN3", "CreateCommonMixStream", "{}", 1_767_225_600L),
                Arguments.of("AKID4", "emoji", "DescribeStreamPlayInfoList",
                        "{\"StreamName\":\"🎥 stream\",\"StartTime\":\"2026-12-01 10:00:00\"}", 4_102_444_800L),
                Arguments.of("AKID5", "empty-body", "DropLiveStream", "", 0L));
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void equalsTheOfficialSignerForTheSameInputs(String id, String key, String action, String body, long ts)
            throws Exception {
        byte[] payload = body.getBytes(StandardCharsets.UTF_8);
        String sdk = sdkAuthorization(new Credential(id, key), payload, ts);
        LvbTc3Headers ours = LvbTc3Signer.live().withoutActionHeader()
                .sign(LvbCloudCredentials.of(id, key), LvbTc3Signer.LIVE_HOST, action, null, payload, ts);
        assertThat(ours.authorization()).isEqualTo(sdk);
        assertThat(ours.authorization()).contains("Credential=" + id + "/" + LvbTc3Signer.date(ts) + "/live/tc3_request")
                .doesNotContain(key);
    }

    @Test
    void actionHeaderSignedPerTheDocumentedRuleWithTheOfficialPrimitives() throws Exception {
        byte[] payload = "{\"StreamName\":\"流\"}".getBytes(StandardCharsets.UTF_8);
        long ts = 1_700_000_000L;
        LvbTc3Headers ours = LvbTc3Signer.live().sign(LvbCloudCredentials.of("AKID", "KEY"), "live.tencentcloudapi.com",
                "DescribeLiveStreamState", null, payload, ts);
        // Doc 213/30654: canonical headers "content-type", "host", "x-tc-action" (lower-cased value).
        String canonical = "POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:live.tencentcloudapi.com\n"
                + "x-tc-action:describelivestreamstate\n\ncontent-type;host;x-tc-action\n" + Sign.sha256Hex(payload);
        String date = "2023-11-14";
        String toSign = "TC3-HMAC-SHA256\n" + ts + "\n" + date + "/live/tc3_request\n" + Sign.sha256Hex(canonical);
        byte[] k = Sign.hmac256(("TC3KEY").getBytes(StandardCharsets.UTF_8), date);
        k = Sign.hmac256(k, "live");
        k = Sign.hmac256(k, "tc3_request");
        String signature = java.util.HexFormat.of().formatHex(Sign.hmac256(k, toSign));
        assertThat(ours.authorization()).isEqualTo("TC3-HMAC-SHA256 Credential=AKID/" + date
                + "/live/tc3_request, SignedHeaders=content-type;host;x-tc-action, Signature=" + signature);
    }

    /** The SDK sends a real request (with a token) to a loopback server; we sign what it sent and compare. */
    @Test
    void equalsWhatTheOfficialClientSendsWithAToken() throws Exception {
        Map<String, String> seen = new ConcurrentHashMap<>();
        byte[][] body = new byte[1][];
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestHeaders().forEach((k, v) -> seen.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
            body[0] = exchange.getRequestBody().readAllBytes();
            byte[] reply = "{\"Response\":{\"StreamState\":\"active\",\"RequestId\":\"r-1\"}}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.start();
        try {
            // The SDK derives the service from the endpoint's first label: keep Tencent's host and reach the
            // loopback server as the SDK's HTTP proxy.
            HttpProfile http = new HttpProfile();
            http.setEndpoint(LvbTc3Signer.LIVE_HOST);
            http.setProtocol("http://");
            http.setProxyHost("127.0.0.1");
            http.setProxyPort(server.getAddress().getPort());
            ClientProfile profile = new ClientProfile();
            profile.setHttpProfile(http);
            CommonClient client = new CommonClient("live", "2018-08-01",
                    new Credential("AKIDtmp", "tmpKey", "session-token-42"), "ap-guangzhou", profile);
            String payload = "{\"StreamName\":\"中文流\",\"AppName\":\"live\"}";
            client.call("DescribeLiveStreamState", payload);

            long ts = Long.parseLong(seen.get("x-tc-timestamp"));
            LvbTc3Headers ours = LvbTc3Signer.live().withoutActionHeader().sign(
                    new LvbCloudCredentials("AKIDtmp", "tmpKey", "session-token-42"), seen.get("host"),
                    "DescribeLiveStreamState", "ap-guangzhou", body[0], ts);
            assertThat(seen.get("host")).isEqualTo(LvbTc3Signer.LIVE_HOST);
            assertThat(new String(body[0], StandardCharsets.UTF_8)).isEqualTo(payload);
            assertThat(ours.authorization()).isEqualTo(seen.get("authorization"));
            assertThat(ours.action()).isEqualTo(seen.get("x-tc-action"));
            assertThat(ours.version()).isEqualTo(seen.get("x-tc-version"));
            assertThat(ours.region()).isEqualTo(seen.get("x-tc-region"));
            assertThat(ours.token()).isEqualTo(seen.get("x-tc-token"));
            assertThat(LvbTc3Signer.CONTENT_TYPE).isEqualToIgnoringCase(seen.get("content-type"));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void secretsNeverInToString() {
        LvbCloudCredentials c = new LvbCloudCredentials("AKIDvisible", "SECRETKEY123", "TOKEN456");
        LvbTc3Headers h = LvbTc3Signer.live().sign(c, "h", "A", null, new byte[0], Instant.now().getEpochSecond());
        assertThat(c.toString()).contains("AKIDvisible").doesNotContain("SECRETKEY123").doesNotContain("TOKEN456");
        assertThat(h.toString()).doesNotContain("TOKEN456").doesNotContain("Signature=");
    }

    private static String sdkAuthorization(Credential credential, byte[] payload, long ts) throws Exception {
        CommonClient client = new CommonClient("live", "2018-08-01", credential, "");
        Method m = com.tencentcloudapi.common.AbstractClient.class.getDeclaredMethod("getAuthorization",
                HashMap.class, byte[].class);
        m.setAccessible(true);
        HashMap<String, String> headers = new HashMap<>();
        headers.put("Content-Type", LvbTc3Signer.CONTENT_TYPE);
        headers.put("X-TC-Timestamp", Long.toString(ts));
        return (String) m.invoke(client, headers, payload);
    }
}
