package dev.lvb.client;

import java.net.URI;
import java.util.Objects;

import org.eclipse.microprofile.rest.client.RestClientBuilder;

import dev.lvb.core.LvbHost;

/**
 * Builds an {@link LvbApi} without CDI, in any MicroProfile REST Client runtime (RESTEasy, Quarkus, Open Liberty,
 * Helidon...):
 *
 * <pre>
 * LvbClientSettings settings = LvbClientSettings.of(LvbCredentials.of(1252500000L, System.getenv("LVB_API_KEY")));
 *
 * // the defaults: LVB's fcgi host, statistics to LVB's statcgi host
 * LvbApi lvb = LvbClients.create(settings);
 *
 * // or with your own REST client settings (timeouts, proxy, TLS)
 * LvbApi lvb = LvbClients.configure(RestClientBuilder.newBuilder(), settings)
 *         .baseUri(URI.create("http://fcgi.video.qcloud.com"))
 *         .connectTimeout(5, TimeUnit.SECONDS)
 *         .readTimeout(10, TimeUnit.SECONDS)
 *         .build(LvbApi.class);
 *
 * StreamStatus status = lvb.getStatus("8888_live1");
 * LvbClients.close(lvb); // releases the connection pool
 * </pre>
 *
 * The signing filter and the JSON provider come from {@link LvbApi}'s {@code @RegisterProvider} annotations; the
 * settings travel as the client property {@value LvbClientSettings#PROPERTY}. With CDI, prefer
 * {@code @Inject @RestClient LvbApi} and an {@link LvbClientSettings} bean or {@code lvb.*} configuration.
 */
public final class LvbClients {

    private LvbClients() {
    }

    /**
     * @param settings credentials and wire options
     * @return a client of LVB's public fcgi host ({@code http://fcgi.video.qcloud.com}), statistics going to the
     *         statcgi host
     */
    public static LvbApi create(LvbClientSettings settings) {
        return create(LvbHost.FCGI.defaultBaseUri(), settings);
    }

    /**
     * @param fcgiUrl the base URL of the fcgi host (a stub, a proxy, or LVB's own), with or without
     *        {@code /common_access}
     * @param settings credentials, wire options, and where statistics go (see {@link LvbClientSettings#statcgiUrl()})
     * @return the client; close it with {@link #close(LvbApi)} when done
     */
    public static LvbApi create(URI fcgiUrl, LvbClientSettings settings) {
        Objects.requireNonNull(fcgiUrl, "fcgiUrl");
        return configure(RestClientBuilder.newBuilder().baseUri(fcgiUrl), settings).build(LvbApi.class);
    }

    /**
     * Gives a builder the LVB settings; set its base URI (the fcgi host), timeouts, proxy, TLS as usual and call
     * {@code build(LvbApi.class)}.
     *
     * @param builder any MicroProfile REST Client builder
     * @param settings the settings of the client
     * @return the same builder
     */
    public static RestClientBuilder configure(RestClientBuilder builder, LvbClientSettings settings) {
        Objects.requireNonNull(builder, "builder");
        Objects.requireNonNull(settings, "settings");
        return builder.property(LvbClientSettings.PROPERTY, settings);
    }

    /**
     * Closes a client built by a {@link RestClientBuilder} (MicroProfile client proxies are {@link AutoCloseable}).
     * Does nothing for other implementations.
     *
     * @param api the client
     */
    public static void close(LvbApi api) {
        if (api instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("could not close the LVB client", e);
            }
        }
    }
}
