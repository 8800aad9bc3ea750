package dev.lvb.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.live.v20180801.LiveClient;
import com.tencentcloudapi.live.v20180801.models.DescribeLiveStreamStateRequest;
import com.tencentcloudapi.live.v20180801.models.DescribeLiveStreamStateResponse;

import dev.lvb.client.LvbApi;
import dev.lvb.client.LvbClientSettings;
import dev.lvb.client.LvbClients;
import dev.lvb.core.LvbCredentials;
import dev.lvb.core.LvbSignature;
import dev.lvb.core.model.StreamStatus;

/**
 * Benchmarks 3 and 4: one Live_Channel_GetStatus-like call to the loopback {@link Stub} (system property
 * {@code bench.stub.port}), per call, by:
 * <ul>
 * <li>{@code lvbResteasy}: {@code LvbApi.getStatus} built with {@link LvbClients} on RESTEasy's MicroProfile REST
 * Client (the non-Quarkus runtime; its engine is Apache HttpClient 4), pool of 64 connections: signs the call
 * (t/sign), sends, reads the body, decodes the envelope and binds {@code output} to {@link StreamStatus};</li>
 * <li>{@code rawJdk}: {@link HttpClient} (HTTP/1.1, keep-alive) GET of the exact same URL and query (a precomputed
 * t/sign), body read as a String and checked for {@code "ret":0}; no JSON parsing;</li>
 * <li>{@code rawApache}: the same with Apache HttpClient 4 (RESTEasy's engine), pool of 64, retries off;</li>
 * <li>{@code lvbCloudResteasy}: {@code LvbCloudApi.describeLiveStreamState} (API 3.0, TC3-signed POST: the same
 * protocol as the SDK) on RESTEasy's MicroProfile REST Client, pool of 64;</li>
 * <li>{@code tencentSdk}: Tencent's own SDK, {@code LiveClient.DescribeLiveStreamState} (API 3.0, TC3-HMAC-SHA256
 * signed POST, OkHttp 2) pointed at the same stub with {@code HttpProfile} endpoint + {@code http://}.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ClientBench {

    static final long APP_ID = 1252500000L;
    static final String API_KEY = "bench-api-key";
    static final String STREAM = "bench_stream";

    LvbApi lvb;
    HttpClient jdk;
    HttpRequest jdkRequest;
    CloseableHttpClient apache;
    URI rawUri;
    LiveClient tencent;
    dev.lvb.client.cloud.LvbCloudApi cloud;
    dev.lvb.core.cloud.model.DescribeLiveStreamStateRequest cloudRequest;

    /** The URL LvbApi sends for getStatus(STREAM), with a precomputed t/sign valid for a day. */
    static String rawUrl(int port) {
        long t = Instant.now().getEpochSecond() + 86_400;
        return "http://127.0.0.1:" + port + "/common_access?appid=" + APP_ID
                + "&interface=Live_Channel_GetStatus&Param.s.channel_id=" + STREAM + "&t=" + t + "&sign="
                + LvbSignature.sign(API_KEY, t);
    }

    static LvbApi lvbResteasyClient(int port) {
        LvbClientSettings settings = LvbClientSettings.of(LvbCredentials.of(APP_ID, API_KEY));
        return LvbClients.build(RestClientBuilder.newBuilder().baseUri(URI.create("http://127.0.0.1:" + port))
                .property("resteasy.connectionPoolSize", 64), settings);
    }

    static LiveClient tencentClient(int port) {
        HttpProfile http = new HttpProfile();
        http.setEndpoint("127.0.0.1:" + port);
        http.setProtocol(HttpProfile.REQ_HTTP);
        ClientProfile profile = new ClientProfile();
        profile.setHttpProfile(http);
        return new LiveClient(new Credential("AKIDbenchmark0000000000000000000000", "benchmarksecret0000000000000000"),
                "ap-guangzhou", profile);
    }

    @Setup(Level.Trial)
    public void setup() throws Exception {
        int port = Integer.getInteger("bench.stub.port");
        lvb = lvbResteasyClient(port);
        rawUri = URI.create(rawUrl(port));
        jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        jdkRequest = HttpRequest.newBuilder(rawUri).GET().build();
        apache = HttpClients.custom().setMaxConnPerRoute(64).setMaxConnTotal(64).disableAutomaticRetries().build();
        tencent = tencentClient(port);
        cloud = lvbCloudResteasyClient(port);
        cloudRequest = new dev.lvb.core.cloud.model.DescribeLiveStreamStateRequest("live", "push.example.com", STREAM);
        // Fail before measuring anything if a side does not work against the stub.
        if (!lvbResteasy().isLive() || rawJdk().isEmpty() || rawApache().isEmpty()
                || !"active".equals(tencentSdk().getStreamState())
                || !"active".equals(lvbCloudResteasy().streamState())) {
            throw new IllegalStateException("a client does not work against the stub");
        }
    }

    static dev.lvb.client.cloud.LvbCloudApi lvbCloudResteasyClient(int port) {
        return RestClientBuilder.newBuilder().baseUri(URI.create("http://127.0.0.1:" + port))
                .property(dev.lvb.client.cloud.LvbCloudSettings.PROPERTY,
                        dev.lvb.client.cloud.LvbCloudSettings.of(dev.lvb.core.cloud.LvbCloudCredentials.of(
                                "AKIDbenchmark0000000000000000000000", "benchmarksecret0000000000000000")))
                .property("resteasy.connectionPoolSize", 64)
                .build(dev.lvb.client.cloud.LvbCloudApi.class);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        ((AutoCloseable) cloud).close();
        LvbClients.close(lvb);
        apache.close();
    }

    @Benchmark
    public StreamStatus lvbResteasy() {
        return lvb.getStatus(STREAM);
    }

    @Benchmark
    public String rawJdk() throws Exception {
        HttpResponse<String> response = jdk.send(jdkRequest, HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        if (response.statusCode() != 200 || !body.contains("\"ret\":0")) {
            throw new IllegalStateException("unexpected answer");
        }
        return body;
    }

    @Benchmark
    public String rawApache() throws Exception {
        try (CloseableHttpResponse response = apache.execute(new HttpGet(rawUri))) {
            String body = EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
            if (response.getStatusLine().getStatusCode() != 200 || !body.contains("\"ret\":0")) {
                throw new IllegalStateException("unexpected answer");
            }
            return body;
        }
    }

    @Benchmark
    public dev.lvb.core.cloud.model.DescribeLiveStreamStateResponse lvbCloudResteasy() {
        return cloud.describeLiveStreamState(cloudRequest);
    }

    @Benchmark
    public DescribeLiveStreamStateResponse tencentSdk() throws Exception {
        DescribeLiveStreamStateRequest request = new DescribeLiveStreamStateRequest();
        request.setAppName("live");
        request.setDomainName("push.example.com");
        request.setStreamName(STREAM);
        return tencent.DescribeLiveStreamState(request);
    }
}
