package dev.lvb.client;

import java.net.URI;
import java.util.List;
import java.util.Objects;

import org.eclipse.microprofile.rest.client.RestClientBuilder;

import dev.lvb.client.internal.LvbClientProxy;
import dev.lvb.client.internal.LvbInvocations;
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
 * // or with your own REST client settings (timeouts, proxy, TLS) and call listeners
 * LvbApi lvb = LvbClients.build(RestClientBuilder.newBuilder()
 *         .baseUri(URI.create("http://fcgi.video.qcloud.com"))
 *         .connectTimeout(5, TimeUnit.SECONDS)
 *         .readTimeout(10, TimeUnit.SECONDS), settings, myMetrics);
 *
 * StreamStatus status = lvb.getStatus("8888_live1");
 * LvbReactiveApi reactive = LvbClients.reactive(lvb);
 * LvbClients.close(lvb); // releases the connection pool
 * </pre>
 *
 * The signing filter and the JSON provider come from {@link LvbApi}'s {@code @RegisterProvider} annotations; the
 * settings travel as the client property {@value LvbClientSettings#PROPERTY}. With CDI (Quarkus), inject
 * {@code @RestClient LvbApi} or {@code @RestClient LvbReactiveApi} instead.
 */
public final class LvbClients {

    /** The REST client configuration key of {@link LvbApi} and {@link LvbReactiveApi}. */
    public static final String CONFIG_KEY = "lvb";

    private LvbClients() {
    }

    /**
     * @param settings credentials and wire options
     * @param listeners hear every call
     * @return a client of LVB's public fcgi host ({@code http://fcgi.video.qcloud.com}), statistics going to the
     *         statcgi host
     */
    public static LvbApi create(LvbClientSettings settings, LvbCallListener... listeners) {
        return create(LvbHost.FCGI.defaultBaseUri(), settings, listeners);
    }

    /**
     * @param fcgiUrl the base URL of the fcgi host (a stub, a proxy, or LVB's own), with or without
     *        {@code /common_access}
     * @param settings credentials, wire options, and where statistics go (see {@link LvbClientSettings#statcgiUrl()})
     * @param listeners hear every call
     * @return the client; close it with {@link #close(LvbApi)} when done
     */
    public static LvbApi create(URI fcgiUrl, LvbClientSettings settings, LvbCallListener... listeners) {
        Objects.requireNonNull(fcgiUrl, "fcgiUrl");
        return build(RestClientBuilder.newBuilder().baseUri(fcgiUrl), settings, listeners);
    }

    /**
     * Builds the client from a builder whose base URI (the fcgi host), timeouts, proxy, TLS you have set.
     *
     * @param builder any MicroProfile REST Client builder
     * @param settings the settings of the client
     * @param listeners hear every call, in this order
     * @return the client; close it with {@link #close(LvbApi)} when done
     */
    public static LvbApi build(RestClientBuilder builder, LvbClientSettings settings, LvbCallListener... listeners) {
        Objects.requireNonNull(builder, "builder");
        Objects.requireNonNull(settings, "settings");
        LvbApi restClient = builder.property(LvbClientSettings.PROPERTY, settings).build(LvbApi.class);
        return LvbClientProxy.blocking(restClient, LvbInvocations.all(List.of(listeners)));
    }

    /**
     * Builds the client from a builder, with the settings of MicroProfile Config ({@code lvb.*}, see
     * {@link LvbClientSettings}).
     *
     * @param builder any MicroProfile REST Client builder, its base URI set
     * @param listeners hear every call, in this order
     * @return the client; close it with {@link #close(LvbApi)} when done
     */
    public static LvbApi build(RestClientBuilder builder, LvbCallListener... listeners) {
        Objects.requireNonNull(builder, "builder");
        return LvbClientProxy.blocking(builder.build(LvbApi.class), LvbInvocations.all(List.of(listeners)));
    }

    /**
     * @param client a client built by this class
     * @return its non-blocking twin: each subscription sends one call, off the subscriber's thread
     */
    public static LvbReactiveApi reactive(LvbApi client) {
        return LvbClientProxy.reactive(Objects.requireNonNull(client, "client"));
    }

    /**
     * Closes a client built by this class (MicroProfile client proxies are {@link AutoCloseable}). Does nothing for
     * other implementations.
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
