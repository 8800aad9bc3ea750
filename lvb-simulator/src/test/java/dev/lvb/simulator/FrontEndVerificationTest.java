package dev.lvb.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lvb.core.LvbHost;
import dev.lvb.core.LvbInterface;
import dev.lvb.core.LvbSignature;
import dev.lvb.core.LvbWireOptions;
import dev.lvb.core.error.LvbApiException;
import dev.lvb.core.error.LvbFrontEndException;
import dev.lvb.core.json.LvbJson;
import dev.lvb.core.wire.LvbParams;
import dev.lvb.core.json.LvbReplies;
import dev.lvb.core.wire.LvbRequestParams;
import dev.lvb.core.model.LiveStat;
import dev.lvb.core.model.LiveStatRequest;
import dev.lvb.core.model.StreamStatus;
import dev.lvb.core.model.StreamStatusRequest;
import jakarta.json.JsonObject;

/** LVB's front end: APPID parameter, sign, expiry, framing of refusals, paths and methods. */
class FrontEndVerificationTest extends SimulatorTestBase {

    String appId;
    String key;
    long now;

    @BeforeEach
    void setUp() {
        appId = Long.toString(sim.config().appId());
        key = sim.config().apiKey();
        now = CLOCK.instant().getEpochSecond();
        sim.startPush("1000_a");
    }

    private String status(String appIdParam, String appIdValue, String iface, String t, String sign) {
        return get(lvb.query(appIdParam, appIdValue, iface, t, sign,
                LvbRequestParams.of(new StreamStatusRequest("1000_a"))));
    }

    private String get(String query) {
        return lvb.send("GET", LvbHost.PATH + "?" + query, null, null).body();
    }

    private String t(long offset) {
        return Long.toString(now + offset);
    }

    private String sign(long offset) {
        return LvbSignature.sign(key, now + offset);
    }

    @Test
    void acceptsAWellSignedFcgiCall() {
        String body = status("appid", appId, "Live_Channel_GetStatus", t(60), sign(60));
        assertThat(LvbReplies.decode(LvbInterface.CHANNEL_GET_STATUS, body, StreamStatus.class).isLive()).isTrue();
    }

    @Test
    void acceptsCmdOnFcgiInterfacesAsTheOlderDocsShow() {
        String body = status("cmd", appId, "Live_Channel_GetStatus", t(60), sign(60));
        assertThat(LvbReplies.decode(LvbInterface.CHANNEL_GET_STATUS, body, StreamStatus.class).isLive()).isTrue();
        // The same through lvb-core's wire option.
        Lvb legacy = new Lvb(sim, new LvbWireOptions("cmd", false, "order_by_type", "Mix_StreamV2"));
        assertThat(legacy.call(LvbInterface.CHANNEL_GET_STATUS, new StreamStatusRequest("1000_a"), StreamStatus.class)
                .isLive()).isTrue();
    }

    @Test
    void statisticsNeedCmd() {
        LvbParams none = LvbRequestParams.of(LiveStatRequest.all());
        String ok = get(lvb.query("cmd", appId, "Get_LiveStat", t(60), sign(60), none));
        assertThat(LvbReplies.decode(LvbInterface.GET_LIVE_STAT, ok, LiveStat.class).streamCount()).isEqualTo(1);

        String withAppid = get(lvb.query("appid", appId, "Get_LiveStat", t(60), sign(60), none));
        assertRefused(withAppid, "appid is invalid", LvbFrontEndException.Reason.APPID_INVALID);

        String withNothing = get(lvb.query(null, null, "Get_LivePushStat", t(60), sign(60), none));
        assertRefused(withNothing, "cmd is invalid", LvbFrontEndException.Reason.CMD_INVALID);

        String wrongCmd = get(lvb.query("cmd", "1250000001", "Get_LivePlayStat", t(60), sign(60), none));
        assertRefused(wrongCmd, "cmd is invalid", LvbFrontEndException.Reason.CMD_INVALID);
    }

    @Test
    void wrongOrMissingAppIdIsAppidIsInvalid() {
        assertRefused(status("appid", "1250000001", "Live_Channel_GetStatus", t(60), sign(60)), "appid is invalid",
                LvbFrontEndException.Reason.APPID_INVALID);
        assertRefused(status(null, null, "Live_Channel_GetStatus", t(60), sign(60)), "appid is invalid",
                LvbFrontEndException.Reason.APPID_INVALID);
        // An invisible line break copied from the docs.
        assertRefused(status("appid", appId + "\n", "Live_Channel_GetStatus", t(60), sign(60)), "appid is invalid",
                LvbFrontEndException.Reason.APPID_INVALID);
        assertRefused(status("cmd", "1", "Live_Channel_GetStatus", t(60), sign(60)), "cmd is invalid",
                LvbFrontEndException.Reason.CMD_INVALID);
    }

    @Test
    void missingOrWrongSignIsSignInvalid() {
        assertRefused(status("appid", appId, "Live_Channel_GetStatus", t(60), null), "sign invalid",
                LvbFrontEndException.Reason.SIGN_INVALID);
        assertRefused(status("appid", appId, "Live_Channel_GetStatus", null, sign(60)), "sign invalid",
                LvbFrontEndException.Reason.SIGN_INVALID);
        assertRefused(status("appid", appId, "Live_Channel_GetStatus", t(60), sign(61)), "sign invalid",
                LvbFrontEndException.Reason.SIGN_INVALID);
        assertRefused(status("appid", appId, "Live_Channel_GetStatus", t(60),
                LvbSignature.sign("another-key", now + 60)), "sign invalid", LvbFrontEndException.Reason.SIGN_INVALID);
    }

    @Test
    void tIsAnExpiry() {
        assertRefused(status("appid", appId, "Live_Channel_GetStatus", t(-1), sign(-1)), "time expired",
                LvbFrontEndException.Reason.TIME_EXPIRED);
        // t = now is still valid; one second later it is not.
        assertThat(LvbJson.parseObject(status("appid", appId, "Live_Channel_GetStatus", t(0), sign(0))).getInt("ret"))
                .isZero();
        CLOCK.advance(java.time.Duration.ofSeconds(1));
        assertRefused(status("appid", appId, "Live_Channel_GetStatus", t(0), sign(0)), "time expired",
                LvbFrontEndException.Reason.TIME_EXPIRED);
    }

    @Test
    void hexadecimalTReadsAsExpired() {
        // A known client bug: t sent as hex (like the push URL's txTime), signed over the hex text.
        String hex = Long.toHexString(now + 60);
        assertRefused(status("appid", appId, "Live_Channel_GetStatus", hex, LvbSignature.sign(key, hex)),
                "time expired", LvbFrontEndException.Reason.TIME_EXPIRED);
    }

    @Test
    void signatureIsCheckedBeforeExpiry() {
        assertRefused(status("appid", appId, "Live_Channel_GetStatus", t(-100), sign(60)), "sign invalid",
                LvbFrontEndException.Reason.SIGN_INVALID);
    }

    @Test
    void documentedSignatureVectorIsAccepted() {
        // 直播流管理API.md: key 5d41402abc4b2a76b9719d911017c592, t 1471850187 -> b17971b51ba0fe5916ddcd96692e9fb3
        AdjustableClock clock = AdjustableClock.at(Instant.ofEpochSecond(1471850187L - 30));
        try (LvbSimulator docs = LvbSimulator.start(Lvb.testConfig(clock).apiKey("5d41402abc4b2a76b9719d911017c592")
                .build())) {
            Lvb client = new Lvb(docs);
            String body = client.send("GET", LvbHost.PATH + "?" + client.query("appid",
                    Long.toString(docs.config().appId()), "Live_Channel_GetLiveChannelList", "1471850187",
                    "b17971b51ba0fe5916ddcd96692e9fb3", null), null, null).body();
            assertThat(LvbJson.parseObject(body).getInt("ret")).isZero();
        }
    }

    @Test
    void refusalsAreAJsonEnvelopeWithTheTextInMessageAndErrmsg() {
        JsonObject reply = LvbJson.parseObject(status("appid", appId, "Live_Channel_GetStatus", t(60), "0"));
        assertThat(reply.getInt("ret")).isEqualTo(-1);
        assertThat(reply.getInt("retcode")).isEqualTo(-1);
        assertThat(reply.getString("message")).isEqualTo("sign invalid");
        assertThat(reply.getString("errmsg")).isEqualTo("sign invalid");
        assertThat(reply.containsKey("output")).isFalse();
    }

    @Test
    void plainTextErrorsAnswerTheBareText() {
        try (LvbSimulator plain = LvbSimulator.start(Lvb.testConfig(CLOCK).plainTextErrors(true).build())) {
            Lvb client = new Lvb(plain);
            HttpResponse<String> r = client.send("GET", LvbHost.PATH + "?" + client.query("appid",
                    Long.toString(plain.config().appId()), "Live_Channel_GetStatus", t(60), "bad", null), null, null);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).isEqualTo("sign invalid");
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/plain"));
            assertThatThrownBy(() -> LvbReplies.decode(LvbInterface.CHANNEL_GET_STATUS, r.body(), StreamStatus.class))
                    .isInstanceOfSatisfying(LvbFrontEndException.class,
                            e -> assertThat(e.reason()).isEqualTo(LvbFrontEndException.Reason.SIGN_INVALID));
        }
    }

    @Test
    void unknownInterfaceIsAnErrorEnvelope() {
        String body = get(lvb.query("appid", appId, "Live_Channel_Nope", t(60), sign(60), null));
        JsonObject reply = LvbJson.parseObject(body);
        assertThat(reply.getInt("ret")).isEqualTo(-1);
        assertThat(reply.getString("message")).isEqualTo("interface is invalid");
        assertThatThrownBy(() -> LvbReplies.decode(LvbInterface.CHANNEL_GET_STATUS, body, Void.class))
                .isInstanceOf(LvbApiException.class);
        // The front end still comes first.
        assertRefused(get(lvb.query("appid", appId, "Live_Channel_Nope", t(60), "x", null)), "sign invalid",
                LvbFrontEndException.Reason.SIGN_INVALID);
    }

    @Test
    void otherPathsAre404AndOtherMethods405() {
        String q = lvb.query(LvbInterface.CHANNEL_GET_STATUS, LvbRequestParams.of(new StreamStatusRequest("1000_a")));
        assertThat(lvb.send("GET", "/common_access/x?" + q, null, null).statusCode()).isEqualTo(404);
        assertThat(lvb.send("GET", "/?" + q, null, null).statusCode()).isEqualTo(404);
        assertThat(lvb.send("GET", "/v2/common_access?" + q, null, null).statusCode()).isEqualTo(404);
        HttpResponse<String> put = lvb.send("PUT", LvbHost.PATH + "?" + q, "", null);
        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(put.headers().firstValue("Allow")).hasValue("GET, POST");
        assertThat(lvb.send("DELETE", LvbHost.PATH + "?" + q, null, null).statusCode()).isEqualTo(405);
    }

    @Test
    void postWithParametersInTheQueryOrAFormBodyWorks() {
        String q = lvb.query(LvbInterface.CHANNEL_GET_STATUS, LvbRequestParams.of(new StreamStatusRequest("1000_a")));
        String inQuery = lvb.send("POST", LvbHost.PATH + "?" + q, "", null).body();
        assertThat(LvbReplies.decode(LvbInterface.CHANNEL_GET_STATUS, inQuery, StreamStatus.class).isLive()).isTrue();
        String inForm = lvb.send("POST", LvbHost.PATH, q, "application/x-www-form-urlencoded").body();
        assertThat(LvbReplies.decode(LvbInterface.CHANNEL_GET_STATUS, inForm, StreamStatus.class).isLive()).isTrue();
    }

    @Test
    void badlyEncodedQueryIsRefusedWithoutCrashing() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", sim.port())) {
            socket.getOutputStream().write(("GET /common_access?appid=%zz&interface=x HTTP/1.1\r\nHost: lvb\r\n"
                    + "Connection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 ");
            assertThat(answer).doesNotContain(" 500 ");
        }
        // Still serving.
        assertThat(LvbJson.parseObject(status("appid", appId, "Live_Channel_GetStatus", t(60), sign(60))).getInt("ret"))
                .isZero();
    }

    private static void assertRefused(String body, String text, LvbFrontEndException.Reason reason) {
        JsonObject reply = LvbJson.parseObject(body);
        assertThat(reply.getString("message")).isEqualTo(text);
        assertThatThrownBy(() -> LvbReplies.decode(LvbInterface.CHANNEL_GET_STATUS, body, Void.class))
                .isInstanceOfSatisfying(LvbFrontEndException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
