package dev.lvb.client.internal;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import dev.lvb.client.LvbClientSettings;
import dev.lvb.core.LvbCredentials;
import dev.lvb.core.LvbHost;
import dev.lvb.core.LvbInterface;
import dev.lvb.core.LvbSignedTime;
import dev.lvb.core.LvbSigner;
import dev.lvb.core.LvbWireOptions;
import dev.lvb.core.wire.LvbParams;
import dev.lvb.core.model.CancelMixRequest;
import dev.lvb.core.model.MixStreamBody;
import dev.lvb.core.model.StartMixRequest;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

/**
 * The one filter that signs an LVB call: it rewrites the URI the REST client built for an
 * {@link dev.lvb.client.LvbOperation} method into
 *
 * <pre>
 * &lt;base&gt;/common_access?&lt;appid|cmd&gt;=&lt;APPID&gt;&amp;interface=&lt;name&gt;&amp;Param.…=…&amp;t=&lt;expiry&gt;&amp;sign=&lt;md5(key + t)&gt;
 * </pre>
 *
 * taking the interface from the invoked method's annotation and the {@code Param.*} values, form-encoded exactly
 * once by {@link LvbParams}, from the request record {@link LvbParamConverter} carries.
 * Statistics calls go to the statcgi base (see {@link LvbClientSettings#statcgiUrl()}), everything else to the
 * client's own base URL; the wire options rename parameters. For stream mixing it turns the request record into
 * the JSON body with the APPID and the {@code timestamp}. The API key never leaves the process and is never logged;
 * the {@code dev.lvb.client} logger at DEBUG shows each request with {@code sign=***}.
 * <p>
 * Settings come from the client property {@value LvbClientSettings#PROPERTY} (set by {@link dev.lvb.client.LvbClients}
 * and for the Quarkus extension's named accounts), else the constructor argument (the Quarkus extension makes this
 * filter a bean with the default account's settings), else MicroProfile Config ({@code lvb.*}, read once). Runs after the application's own request filters, so those
 * never see a signature.
 */
@Priority(LvbRequestFilter.PRIORITY)
public final class LvbRequestFilter implements ClientRequestFilter {

    /** Late among request filters: the application's filters see the request before it is signed. */
    public static final int PRIORITY = Priorities.USER + 1000;

    /** The MicroProfile REST Client request property holding the invoked interface method. */
    static final String INVOKED_METHOD = "org.eclipse.microprofile.rest.client.invokedMethod";

    static final String LOGGER_NAME = "dev.lvb.client";

    private static final Logger LOG = Logger.getLogger(LOGGER_NAME);
    private static final String INTERFACE = "interface";

    private final Supplier<LvbClientSettings> explicit;
    private volatile LvbClientSettings resolved;

    /** Used by the REST client runtime ({@code @RegisterProvider}); settings are found as described above. */
    public LvbRequestFilter() {
        this.explicit = null;
    }

    /** @param settings the settings of every request through this filter, asked for once, at the first request */
    public LvbRequestFilter(Supplier<LvbClientSettings> settings) {
        this.explicit = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public void filter(ClientRequestContext request) {
        LvbInterface api = LvbInvocations.operation(invokedMethod(request));
        if (api == null) {
            return; // not an LVB call
        }
        LvbClientSettings settings = settings(request);
        LvbCredentials credentials;
        try {
            credentials = settings.credentials().credentials();
        } catch (LvbSettingsException e) {
            throw e;
        } catch (RuntimeException e) {
            // A configuration problem (missing keys, LVB inactive, a vault that is down), not a transport failure.
            throw new LvbSettingsException("LVB credentials are not available: "
                    + dev.lvb.core.error.Redaction.clip(e.getMessage()), e);
        }
        if (credentials == null) {
            throw new LvbSettingsException("the LVB credentials provider returned no credentials");
        }
        LvbWireOptions wire = settings.wire();

        LvbParams.Builder query = LvbParams.builder()
                .raw(wire.appIdParam(api.host()), Long.toString(credentials.appId()))
                .raw(INTERFACE, wire.queryInterface(api));
        for (Map.Entry<String, String> e : LvbParamConverter.params(request.getUri()).entries()) {
            query.raw(wire.wireName(e.getKey()), e.getValue());
        }
        String unsigned = query.build().toFormEncoded();
        LvbSignedTime signed = new LvbSigner(settings.clock(), settings.signatureValidity()).sign(credentials.apiKey());
        String base = base(api, request.getUri(), settings.statcgiUrl());
        String prefix = base + LvbHost.PATH + "?" + unsigned + "&t=" + signed.t() + "&sign=";
        request.setUri(URI.create(prefix + signed.sign()));

        if (api.isMixing()) {
            MixStreamBody body = mixBody(request.getEntity(), settings.clock().instant());
            if (body != null) {
                request.setEntity(body.withAppId(credentials.appId()), request.getEntityAnnotations(),
                        request.getMediaType());
            }
        }
        if (LOG.isDebugEnabled()) {
            LOG.debugf("LVB %s %s%s", request.getMethod(), prefix, "***");
        }
    }

    static java.lang.reflect.Method invokedMethod(ClientRequestContext request) {
        return request.getProperty(INVOKED_METHOD) instanceof java.lang.reflect.Method m ? m : null;
    }

    /** The mixing body of the request record; the event id identifies this attempt. */
    private static MixStreamBody mixBody(Object entity, Instant now) {
        long eventId = ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE);
        if (entity instanceof StartMixRequest start) {
            return start.toBody(now, eventId);
        }
        if (entity instanceof CancelMixRequest cancel) {
            return cancel.toBody(now, eventId);
        }
        return null;
    }

    private LvbClientSettings settings(ClientRequestContext request) {
        // The client's own property first: on Quarkus one filter bean serves every client, the default account's
        // (settings from the constructor) and each named account's (settings in its client's property).
        Object property = request.getConfiguration() == null ? null
                : request.getConfiguration().getProperty(LvbClientSettings.PROPERTY);
        if (property instanceof LvbClientSettings s) {
            return s;
        }
        if (property != null) {
            throw new LvbSettingsException("client property " + LvbClientSettings.PROPERTY
                    + " must hold an LvbClientSettings, got a " + property.getClass().getName());
        }
        if (explicit != null) {
            LvbClientSettings given = resolved;
            if (given == null) {
                given = Objects.requireNonNull(explicit.get(), "LVB client settings");
                resolved = given;
            }
            return given;
        }
        LvbClientSettings configured = resolved;
        if (configured == null) {
            configured = lookUp();
            resolved = configured;
        }
        return configured;
    }

    private static LvbClientSettings lookUp() {
        org.eclipse.microprofile.config.Config config;
        try {
            config = ConfigProvider.getConfig();
        } catch (IllegalStateException | java.util.ServiceConfigurationError | LinkageError e) {
            throw new LvbSettingsException("no LVB client settings: build the client with LvbClients, or set " + LvbClientSettings.DEFAULT_PREFIX + "app-id and "
                    + LvbClientSettings.DEFAULT_PREFIX + "api-key with a MicroProfile Config implementation present ("
                    + e.getClass().getSimpleName() + ")", e);
        }
        try {
            return LvbClientSettings.fromConfig(config, LvbClientSettings.DEFAULT_PREFIX);
        } catch (IllegalStateException e) {
            throw new LvbSettingsException("no usable LVB client settings in MicroProfile Config: " + e.getMessage()
                    + " (or build the client with LvbClients)", e);
        }
    }

    /**
     * The base URL (scheme, authority, path without {@code /common_access}) a call goes to.
     *
     * @param api the API called
     * @param requestUri the URI the REST client built: its base URL plus {@code /common_access}
     * @param statcgiUrl the configured statistics base, or {@code null}
     */
    static String base(LvbInterface api, URI requestUri, URI statcgiUrl) {
        String own = origin(requestUri) + basePath(requestUri);
        if (api.host() != LvbHost.STATCGI) {
            return own;
        }
        if (statcgiUrl != null) {
            return origin(statcgiUrl) + basePath(statcgiUrl);
        }
        if (isDefaultFcgi(requestUri)) {
            return origin(LvbHost.STATCGI.defaultBaseUri()) + basePath(LvbHost.STATCGI.defaultBaseUri());
        }
        return own;
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** The path without trailing slashes and without {@code /common_access} (which LVB's docs include in URLs). */
    private static String basePath(URI uri) {
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (true) {
            String before = path;
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            if (path.endsWith(LvbHost.PATH)) {
                path = path.substring(0, path.length() - LvbHost.PATH.length());
            }
            if (path.equals(before)) {
                return path;
            }
        }
    }

    private static boolean isDefaultFcgi(URI requestUri) {
        URI fcgi = LvbHost.FCGI.defaultBaseUri();
        return fcgi.getScheme().equalsIgnoreCase(requestUri.getScheme())
                && requestUri.getHost() != null
                && fcgi.getHost().equalsIgnoreCase(requestUri.getHost())
                && port(fcgi) == port(requestUri)
                && basePath(requestUri).isEmpty();
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equals(uri.getScheme().toLowerCase(Locale.ROOT)) ? 443 : 80;
    }
}
