package dev.lvb.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.lvb.core.LvbCredentials;

/**
 * One WireMock server on a dynamic port serving both "hosts": the client's (fcgi) URL is {@code <server>/fcgi} and
 * the statcgi URL {@code <server>/statcgi}, so the path tells which host a call was routed to.
 */
abstract class LvbWireMockSupport {

    static final long APP_ID = 1252500000L;
    /** The key of the spec's first signature vector. */
    static final String KEY = "5d41402abc4b2a76b9719d911017c592";
    static final Duration VALIDITY = Duration.ofSeconds(60);

    static final String FCGI_PATH = "/fcgi/common_access";
    static final String STATCGI_PATH = "/statcgi/common_access";

    private static final Pattern SIGNED = Pattern.compile("^(.*)&t=(\\d+)&sign=([0-9a-f]{32})$");

    static WireMockServer wireMock;

    /** The listeners every client built here notifies: tests add theirs. */
    static final List<LvbCallListener> LISTENING = new CopyOnWriteArrayList<>();

    static final LvbCallListener LISTENERS = (api, duration, failure) -> {
        for (LvbCallListener l : LISTENING) {
            l.onCall(api, duration, failure);
        }
    };

    LvbApi lvb;

    @BeforeAll
    static void startWireMock() {
        wireMock = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        wireMock.start();
    }

    @AfterAll
    static void stopWireMock() {
        wireMock.stop();
    }

    @BeforeEach
    void newClient() {
        wireMock.resetAll();
        lvb = client(settings());
    }

    @AfterEach
    void closeClient() {
        LvbClients.close(lvb);
    }

    static URI base() {
        return URI.create("http://127.0.0.1:" + wireMock.port());
    }

    static URI fcgiUrl() {
        return URI.create(base() + "/fcgi");
    }

    static URI statcgiUrl() {
        return URI.create(base() + "/statcgi");
    }

    static LvbClientSettings settings() {
        return LvbClientSettings.of(LvbCredentials.of(APP_ID, KEY)).withStatcgiUrl(statcgiUrl())
                .withSignatureValidity(VALIDITY);
    }

    static LvbApi client(LvbClientSettings settings) {
        return client(fcgiUrl(), settings);
    }

    static LvbApi client(URI url, LvbClientSettings settings) {
        return LvbClients.build(RestClientBuilder.newBuilder().baseUri(url).connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(10, TimeUnit.SECONDS), settings, LISTENERS);
    }

    /** @return the non-blocking twin of a client built here */
    static LvbReactiveApi reactive(LvbApi client) {
        return LvbClients.reactive(client);
    }

    static void stubFcgi(ResponseDefinitionBuilder response) {
        wireMock.stubFor(any(urlPathEqualTo(FCGI_PATH)).willReturn(response));
    }

    static void stubStatcgi(ResponseDefinitionBuilder response) {
        wireMock.stubFor(any(urlPathEqualTo(STATCGI_PATH)).willReturn(response));
    }

    static void stubAll(ResponseDefinitionBuilder response) {
        wireMock.stubFor(any(anyUrl()).willReturn(response));
    }

    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    static List<LoggedRequest> requests() {
        return wireMock.findAll(anyRequestedFor(anyUrl()));
    }

    static LoggedRequest onlyRequest() {
        List<LoggedRequest> all = requests();
        assertThat(all).as("requests that reached WireMock").hasSize(1);
        return all.get(0);
    }

    static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** The wire facts of one signed request. */
    record Wire(String method, String path, String unsignedQuery, long t, String sign) {
    }

    /**
     * Asserts the request's URL is {@code path?unsignedQuery&t=<t>&sign=<md5(KEY + t)>} exactly, that {@code t} is in
     * the future, at most {@code validity} ahead of the time of the call, and that the call header did not travel.
     */
    static Wire assertSigned(LoggedRequest request, String path, String unsignedQuery, Instant before, Instant after,
            Duration validity) {
        String url = request.getUrl();
        int q = url.indexOf('?');
        assertThat(q).as("query string in %s", url).isPositive();
        assertThat(url.substring(0, q)).as("path").isEqualTo(path);
        Matcher m = SIGNED.matcher(url.substring(q + 1));
        assertThat(m.matches()).as("query ends with &t=<digits>&sign=<md5 hex>: %s", url).isTrue();
        assertThat(m.group(1)).as("query before t and sign").isEqualTo(unsignedQuery);
        long t = Long.parseLong(m.group(2));
        assertThat(t).as("t is an expiry time in the future").isGreaterThan(after.getEpochSecond())
                .isBetween(before.getEpochSecond() + validity.getSeconds(), after.getEpochSecond() + validity.getSeconds());
        assertThat(m.group(3)).as("sign = md5(key + t)").isEqualTo(md5(KEY + t));
        assertThat(request.getHeaders().all()).as("headers on the wire").noneMatch(h -> h.key().startsWith("X-Lvb"));
        assertThat(url).as("the request record is unwrapped").doesNotContain("lvb.request");
        assertThat(url).doesNotContain(KEY);
        return new Wire(request.getMethod().getName(), path, m.group(1), t, m.group(3));
    }

    static Wire assertSigned(LoggedRequest request, String path, String unsignedQuery, Instant before, Instant after) {
        return assertSigned(request, path, unsignedQuery, before, after, VALIDITY);
    }

    /** Runs a call and asserts its one request. */
    static Wire call(Runnable call, String path, String unsignedQuery) {
        Instant before = Instant.now();
        call.run();
        Instant after = Instant.now();
        return assertSigned(onlyRequest(), path, unsignedQuery, before, after);
    }
}
