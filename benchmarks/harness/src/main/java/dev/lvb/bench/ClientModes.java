package dev.lvb.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;

import com.tencentcloudapi.live.v20180801.LiveClient;
import com.tencentcloudapi.live.v20180801.models.DescribeLiveStreamStateRequest;
import com.tencentcloudapi.live.v20180801.models.DescribeLiveStreamStateResponse;

import dev.lvb.bench.app.CallMode;
import dev.lvb.client.LvbApi;
import dev.lvb.client.LvbClients;
import dev.lvb.core.model.StreamStatus;

/**
 * The four callers of benchmarks 3 and 4 in the harness process, each against the loopback {@link Stub}; see
 * {@link ClientBench} for exactly what each does (the same code, run by {@link dev.lvb.bench.app.ClosedLoop}
 * in interleaved rounds).
 */
final class ClientModes implements AutoCloseable {

    final CallMode lvbResteasy;
    final CallMode rawJdk;
    final CallMode rawApache;
    final CallMode tencentSdk;
    final String rawUrl;
    private final LvbApi lvb;
    private final CloseableHttpClient apache;

    ClientModes(int port) {
        lvb = ClientBench.lvbResteasyClient(port);
        rawUrl = ClientBench.rawUrl(port);
        URI uri = URI.create(rawUrl);
        HttpClient jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest jdkRequest = HttpRequest.newBuilder(uri).GET().build();
        apache = HttpClients.custom().setMaxConnPerRoute(64).setMaxConnTotal(64).disableAutomaticRetries().build();
        LiveClient tencent = ClientBench.tencentClient(port);

        lvbResteasy = mode("lvb-resteasy", () -> {
            StreamStatus status = lvb.getStatus(ClientBench.STREAM);
            if (!status.isLive()) {
                throw new IllegalStateException("unexpected status " + status);
            }
        });
        rawJdk = mode("raw-jdk", () -> {
            HttpResponse<String> response = jdk.send(jdkRequest, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || !response.body().contains("\"ret\":0")) {
                throw new IllegalStateException("unexpected answer " + response.statusCode());
            }
        });
        rawApache = mode("raw-apache", () -> {
            try (CloseableHttpResponse response = apache.execute(new HttpGet(uri))) {
                String body = EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
                if (response.getStatusLine().getStatusCode() != 200 || !body.contains("\"ret\":0")) {
                    throw new IllegalStateException("unexpected answer");
                }
            }
        });
        tencentSdk = mode("tencent-sdk", () -> {
            DescribeLiveStreamStateRequest request = new DescribeLiveStreamStateRequest();
            request.setAppName("live");
            request.setDomainName("push.example.com");
            request.setStreamName(ClientBench.STREAM);
            DescribeLiveStreamStateResponse response = tencent.DescribeLiveStreamState(request);
            if (!"active".equals(response.getStreamState())) {
                throw new IllegalStateException("unexpected state " + response.getStreamState());
            }
        });
    }

    List<CallMode> all() {
        return List.of(lvbResteasy, rawJdk, rawApache, tencentSdk);
    }

    @FunctionalInterface
    interface Call {
        void run() throws Exception;
    }

    private static CallMode mode(String name, Call call) {
        return new CallMode() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void call() throws Exception {
                call.run();
            }
        };
    }

    @Override
    public void close() throws IOException {
        LvbClients.close(lvb);
        apache.close();
    }
}
