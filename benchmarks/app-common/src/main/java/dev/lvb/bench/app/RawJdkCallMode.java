package dev.lvb.bench.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The raw baseline inside the application: one shared {@link HttpClient} (HTTP/1.1, keep-alive, the JDK's defaults),
 * a GET of the exact URL LvbApi sends (system property {@code bench.raw-url}: the same query with a precomputed
 * {@code t}/{@code sign}), the body read as a String and checked for {@code "ret":0}; no JSON parsing.
 */
@ApplicationScoped
public class RawJdkCallMode implements CallMode {

    private volatile HttpClient client;
    private volatile HttpRequest request;

    @Override
    public String name() {
        return "raw-jdk";
    }

    @Override
    public void call() throws Exception {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    String url = System.getProperty("bench.raw-url");
                    if (url == null) {
                        throw new IllegalStateException("system property bench.raw-url is not set");
                    }
                    request = HttpRequest.newBuilder(URI.create(url)).GET().build();
                    client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                }
                c = client;
            }
        }
        HttpResponse<String> response = c.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("\"ret\":0")) {
            throw new IllegalStateException("unexpected answer " + response.statusCode());
        }
    }
}
