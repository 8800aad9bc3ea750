package dev.lvb.quarkus.runtime;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.value.registry.ValueRegistry;
import io.quarkus.vertx.http.HttpServer;
import io.quarkus.vertx.http.HttpServerStart;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Dev and test mode only, when the LVB simulator Dev Service runs: tells the simulator where this application's
 * callback endpoint listens, so that its notifications arrive here. The port is announced at start from the
 * configuration and again, with the actual port, once the HTTP server listens (random test ports).
 */
@Singleton
public class LvbDevServiceAnnouncer {

    private static final Logger LOG = Logger.getLogger("dev.lvb.quarkus");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** The default account's callback path (the build-time {@code quarkus.lvb.callback.path}). */
    @Inject
    LvbCallbackPaths paths;

    void onStart(@Observes StartupEvent event, LvbConfig config) {
        Optional<URI> simulator = config.devservices().simulatorUrl();
        if (simulator.isEmpty()) {
            return;
        }
        String key = LaunchMode.current() == LaunchMode.TEST ? "quarkus.http.test-port" : "quarkus.http.port";
        int port = ConfigProvider.getConfig().getOptionalValue(key, Integer.class)
                .orElse(LaunchMode.current() == LaunchMode.TEST ? 8081 : 8080);
        if (port > 0) {
            announce(simulator.get(), URI.create("http://localhost:" + port + "/"));
        }
    }

    void onHttpStart(@ObservesAsync HttpServerStart event, LvbConfig config, ValueRegistry values) {
        Optional<URI> simulator = config.devservices().simulatorUrl();
        if (simulator.isEmpty()) {
            return;
        }
        // The event can come before the actual port is registered (each event-loop server fires it): wait for it.
        // An async observer: waiting does not delay the start, and a loaded machine may need seconds.
        for (int i = 0; i < 3000 && !values.containsKey(HttpServer.LOCAL_BASE_URI); i++) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (values.containsKey(HttpServer.LOCAL_BASE_URI)) {
            announce(simulator.get(), values.get(HttpServer.LOCAL_BASE_URI));
        } else if (event.options().getPort() > 0) {
            announce(simulator.get(), URI.create("http://localhost:" + event.options().getPort() + "/"));
        } else {
            LOG.warnf("LVB simulator at %s was not told where to send notifications: the HTTP port is unknown",
                    simulator.get());
        }
    }

    private void announce(URI simulator, URI localBase) {
        URI callback = callbackUrl(localBase, paths);
        String body = "{\"url\":\"" + callback + "\"}";
        try {
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(URI.create(trim(simulator.toString()) + "/simulator/callback-url"))
                            .timeout(Duration.ofSeconds(5)).header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() == 200) {
                LOG.debugf("LVB simulator at %s notifies %s", simulator, callback);
            } else {
                LOG.warnf("LVB simulator at %s refused the callback URL %s (HTTP %d)", simulator, callback,
                        response.statusCode());
            }
        } catch (Exception e) {
            LOG.warnf("Could not tell the LVB simulator at %s where to send notifications: %s", simulator, e.toString());
        }
    }

    /**
     * {@code localBase} already carries {@code quarkus.http.root-path}; add the default account's route (REST root
     * and callback path, {@link LvbCallbackPaths#defaultRoute()}).
     */
    static URI callbackUrl(URI localBase, LvbCallbackPaths paths) {
        return URI.create(trim(localBase.toString()) + paths.defaultRoute());
    }

    private static String trim(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
