package dev.lvb.demo;

import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jboss.logging.Logger;

import io.quarkus.value.registry.ValueRegistry;
import io.quarkus.vertx.http.HttpServer;
import io.quarkus.vertx.http.HttpServerStart;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Once the HTTP server listens: prints the page's URL and how to make LVB (or the simulator) talk to the demo. */
@Singleton
public class DemoBanner {

    private static final Logger LOG = Logger.getLogger("dev.lvb.demo");

    @Inject
    DemoSettings settings;

    private final AtomicBoolean printed = new AtomicBoolean();

    void onHttpStart(@ObservesAsync HttpServerStart event, ValueRegistry values) throws InterruptedException {
        // Quarkus fires this event from every event-loop's server; the one that registers the local base URI may
        // not be done yet when another one's event arrives: wait for it a little, else use the configured port.
        URI base = null;
        for (int i = 0; i < 100 && base == null; i++) {
            if (values.containsKey(HttpServer.LOCAL_BASE_URI)) {
                base = values.get(HttpServer.LOCAL_BASE_URI);
            } else {
                Thread.sleep(20);
            }
        }
        if (base == null) {
            int port = event.options().getPort();
            if (port <= 0) {
                return;
            }
            base = URI.create("http://localhost:" + port);
        }
        if (printed.compareAndSet(false, true)) {
            LOG.info(banner(base));
        }
    }

    String banner(URI localBase) {
        String base = localBase.toString().endsWith("/") ? localBase.toString() : localBase + "/";
        String hostPort = localBase.getAuthority();
        StringBuilder sb = new StringBuilder("\n\n  LVB demo: open ").append(base).append('\n');
        if (settings.simulatorUrl().isPresent()) {
            sb.append("  LVB is the embedded simulator at ").append(settings.simulatorUrl().get())
                    .append(" (no Tencent account needed).\n")
                    .append("  Start a simulated push:  curl -X POST ").append(hostPort)
                    .append("/simulator/streams/demo_1/push\n")
                    .append("  See the picture:         curl ").append(hostPort).append("/streams\n");
        } else {
            sb.append("  LVB at ").append(settings.lvbUrl())
                    .append(settings.lvbUrlIsDefault() ? " (LVB's own host: quarkus.rest-client.\"lvb\".url is not set)" : "")
                    .append(", APPID ").append(settings.appId().orElse("(not set)")).append(".\n")
                    .append("  Set LVB's notification URL (console: callback / 回调) to http://<public host>:")
                    .append(localBase.getPort()).append(settings.callbackPath()).append('\n');
        }
        return sb.toString();
    }
}
