package dev.lvb.it.wiremock;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.github.tomakehurst.wiremock.WireMockServer;

import dev.lvb.it.Md5;
import dev.lvb.it.TestKeys;

/**
 * The guard itself, without Quarkus or the library: the signature matcher and the mapping files let through only
 * what LVB would accept. Requests are written by hand here; a correctly signed one gets its stub, and each of the
 * mistakes a client can make (wrong key, stale or hex {@code t}, {@code cmd} for {@code appid}, a renamed or extra
 * parameter, the wrong host, double encoding) gets WireMock's 404.
 */
class StubStrictnessTest {

    static WireMockServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String APPID = Long.toString(TestKeys.APP_ID);

    @BeforeAll
    static void start() {
        server = new WireMockServer(options().dynamicPort().usingFilesUnderClasspath("wiremock")
                .extensions(new LvbSignatureMatcher(TestKeys.API_KEY, TestKeys.SIGNATURE_VALIDITY_SECONDS,
                        Clock.systemUTC())));
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static long t() {
        return Instant.now().getEpochSecond() + TestKeys.SIGNATURE_VALIDITY_SECONDS;
    }

    static String signed(String pathAndQuery, String key, long t) {
        return pathAndQuery + "&t=" + t + "&sign=" + Md5.sign(key, t);
    }

    static int get(String pathAndQuery) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void theSpecSignatureVectors() {
        // 直播流管理API.md and 云端混流.md
        assertThat(Md5.sign("5d41402abc4b2a76b9719d911017c592", 1471850187L))
                .isEqualTo("b17971b51ba0fe5916ddcd96692e9fb3");
        assertThat(Md5.sign("40328529ca4381a80c6ecf2e6aa57438", 1490858347L))
                .isEqualTo("7f29ed83c61b77de1b0d66936fd4fd44");
    }

    static final String STATUS = "/fcgi/common_access?appid=" + APPID
            + "&interface=Live_Channel_GetStatus&Param.s.channel_id=8888_live";

    @Test
    void aCorrectlySignedRequestGetsItsStub() throws Exception {
        assertThat(get(signed(STATUS, TestKeys.API_KEY, t()))).isEqualTo(200);
        assertThat(get(signed("/statcgi/common_access?cmd=" + APPID + "&interface=Get_LivePushStat",
                TestKeys.API_KEY, t()))).isEqualTo(200);
        assertThat(get(signed("/fcgi/common_access?appid=" + APPID + "&interface=Live_Tape_Stop"
                + "&Param.s.channel_id=8888_live&Param.n.task_id=17854312345678901234", TestKeys.API_KEY, t())))
                .isEqualTo(200);
        assertThat(get(signed("/fcgi/common_access?appid=" + APPID + "&interface=Live_Tape_GetFilelist"
                + "&Param.s.channel_id=8888_live&Param.n.page_no=2&Param.n.page_size=20&Param.s.sort_type=desc"
                + "&Param.s.start_time=2017-06-01+10%3A00%3A00&Param.s.end_time=2017-06-01+12%3A00%3A00",
                TestKeys.API_KEY, t()))).isEqualTo(200);
    }

    @Test
    void wrongSignatures() throws Exception {
        long t = t();
        assertThat(get(signed(STATUS, TestKeys.CALLBACK_KEY, t))).as("signed with the callback key").isEqualTo(404);
        assertThat(get(STATUS + "&t=" + t + "&sign=" + Md5.sign(TestKeys.API_KEY, t).toUpperCase()))
                .as("uppercase hex").isEqualTo(404);
        assertThat(get(STATUS + "&t=" + t)).as("no sign").isEqualTo(404);
        assertThat(get(STATUS + "&sign=" + Md5.sign(TestKeys.API_KEY, t))).as("no t").isEqualTo(404);
        assertThat(get(STATUS + "&t=" + t + "&sign=" + Md5.sign(TestKeys.API_KEY, t + 1))).as("sign of another t")
                .isEqualTo(404);
    }

    @Test
    void wrongTimes() throws Exception {
        long now = Instant.now().getEpochSecond();
        assertThat(get(signed(STATUS, TestKeys.API_KEY, now))).as("t = now").isEqualTo(404);
        assertThat(get(signed(STATUS, TestKeys.API_KEY, now - 60))).as("t passed").isEqualTo(404);
        assertThat(get(signed(STATUS, TestKeys.API_KEY, now + 60))).as("LVB's default validity, not the configured")
                .isEqualTo(404);
        long t = t();
        assertThat(get(STATUS + "&t=" + Long.toHexString(t) + "&sign=" + Md5.sign(TestKeys.API_KEY,
                Long.toHexString(t)))).as("hex t").isEqualTo(404);
    }

    static Stream<Arguments> mistakes() {
        String fcgi = "/fcgi/common_access?";
        String statcgi = "/statcgi/common_access?";
        String status = "&interface=Live_Channel_GetStatus&Param.s.channel_id=8888_live";
        String stop = "&interface=Live_Tape_Stop&Param.s.channel_id=8888_live";
        String list = "&interface=Live_Channel_GetChannelList&Param.n.status=1&Param.n.page_no=1&Param.n.page_size=20"
                + "&Param.s.order_field=create_time";
        String files = "&interface=Live_Tape_GetFilelist&Param.s.channel_id=8888_live&Param.n.page_no=2"
                + "&Param.n.page_size=20&Param.s.sort_type=desc";
        return Stream.of(
                Arguments.of("cmd on fcgi", fcgi + "cmd=" + APPID + status),
                Arguments.of("appid on statcgi", statcgi + "appid=" + APPID + "&interface=Get_LivePushStat"),
                Arguments.of("statistics on fcgi", fcgi + "cmd=" + APPID + "&interface=Get_LivePushStat"),
                Arguments.of("Param.s.task_id", fcgi + "appid=" + APPID + stop
                        + "&Param.s.task_id=17854312345678901234"),
                Arguments.of("order_type", fcgi + "appid=" + APPID + list + "&Param.n.order_type=1"),
                Arguments.of("extra parameter", fcgi + "appid=" + APPID + status + "&Param.s.domain=x"),
                Arguments.of("parameter twice", fcgi + "appid=" + APPID + status + "&Param.s.channel_id=8888_live"),
                Arguments.of("wrong APPID", fcgi + "appid=1252033265" + status),
                Arguments.of("double encoding", fcgi + "appid=" + APPID + files
                        + "&Param.s.start_time=2017-06-01%2B10%253A00%253A00"
                        + "&Param.s.end_time=2017-06-01%2B12%253A00%253A00"),
                Arguments.of("times not in the documented form encoding (%20, bare colons)", fcgi + "appid=" + APPID
                        + files + "&Param.s.start_time=2017-06-01%2010:00:00&Param.s.end_time=2017-06-01%2012:00:00"),
                Arguments.of("task_sub_type missing", fcgi + "appid=" + APPID + "&interface=Live_Tape_Start"
                        + "&Param.s.channel_id=8888_live&Param.s.end_time=2017-06-01+10%3A30%3A00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void mistakesGetNoStub(String mistake, String pathAndQuery) throws Exception {
        assertThat(get(signed(pathAndQuery, TestKeys.API_KEY, t()))).as(mistake).isEqualTo(404);
    }

    @Test
    void theMatcherExplainsWhy() {
        LvbSignatureMatcher matcher = new LvbSignatureMatcher("k", 120,
                Clock.fixed(Instant.ofEpochSecond(1_000_000_000L), ZoneOffset.UTC));
        Map<String, Object> names = Map.of("names", List.of("appid", "interface"));
        String ok = "/fcgi/common_access?appid=1&interface=X&t=1000000120&sign=" + Md5.sign("k", 1_000_000_120L);
        assertThat(matcher.problem(ok, names)).isNull();
        assertThat(matcher.problem(ok, Map.of())).contains("lists no parameter names");
        assertThat(matcher.problem(ok, Map.of("names", List.of("appid")))).contains("expected");
        assertThat(matcher.problem(ok, Map.of("names", List.of("appid", "interface"), "raw", List.of("interface=Y"))))
                .contains("raw query lacks");
        assertThat(matcher.problem(ok.replace("sign=", "sign=0"), names)).contains("sign");
        assertThat(matcher.problem("/fcgi/common_access?appid=1&interface=X&t=1000000000&sign="
                + Md5.sign("k", 1_000_000_000L), names)).contains("not in the future");
    }
}
