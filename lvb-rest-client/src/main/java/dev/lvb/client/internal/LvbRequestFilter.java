package dev.lvb.client.internal;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import dev.lvb.client.LvbClientSettings;
import dev.lvb.core.LvbCredentials;
import dev.lvb.core.LvbHost;
import dev.lvb.core.LvbInterface;
import dev.lvb.core.LvbSignedTime;
import dev.lvb.core.LvbSigner;
import dev.lvb.core.LvbWireOptions;
import dev.lvb.core.internal.LvbParams;
import dev.lvb.core.model.MixStreamBody;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

/**
 * The one filter that turns a transport call of {@link dev.lvb.client.LvbApi} into an LVB request: it takes the
 * {@value #CALL_HEADER} header (the form-encoded {@code interface} and {@code Param.*} of the call) off the request
 * and rewrites the URI to
 *
 * <pre>
 * &lt;base&gt;/common_access?&lt;appid|cmd&gt;=&lt;APPID&gt;&amp;interface=&lt;name&gt;&amp;Param.…=…&amp;t=&lt;expiry&gt;&amp;sign=&lt;md5(key + t)&gt;
 * </pre>
 *
 * with every value form-encoded exactly once (by {@link LvbParams}). Statistics calls go to the statcgi base (see
 * {@link LvbClientSettings#statcgiUrl()}), everything else to the client's own base URL. For stream mixing it also
 * fills the APPID and the {@code timestamp} into the JSON body. The API key never leaves the process and is never
 * logged; the {@code dev.lvb.client} logger at DEBUG shows each request with {@code sign=***}.
 * <p>
 * Settings come from the constructor argument, else (per request) the client property
 * {@value LvbClientSettings#PROPERTY}, else (resolved once, then kept) a CDI bean of type {@link LvbClientSettings},
 * else MicroProfile Config ({@code lvb.*}). Runs after the application's own request filters, so those never see a
 * signature.
 */
@Priority(LvbRequestFilter.PRIORITY)
public final class LvbRequestFilter implements ClientRequestFilter {

    /** The header that carries a call from {@link dev.lvb.client.LvbApi}'s typed methods to this filter. */
    public static final String CALL_HEADER = "X-Lvb-Call";

    /** Late among request filters: the application's filters see the request before it is signed. */
    public static final int PRIORITY = Priorities.USER + 1000;

    /** Request property holding the {@link LvbInterface} of the call, for {@link LvbResponseFilter}. */
    static final String INTERFACE_PROPERTY = "dev.lvb.client.interface";

    static final String LOGGER_NAME = "dev.lvb.client";

    private static final Logger LOG = Logger.getLogger(LOGGER_NAME);
    private static final String INTERFACE = "interface";

    private final LvbClientSettings explicit;
    private volatile LvbClientSettings resolved;

    /** Used by the REST client runtime ({@code @RegisterProvider}); settings are looked up as described above. */
    public LvbRequestFilter() {
        this.explicit = null;
    }

    /** @param settings the settings of every request through this filter */
    public LvbRequestFilter(LvbClientSettings settings) {
        this.explicit = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public void filter(ClientRequestContext request) {
        String call = request.getHeaderString(CALL_HEADER);
        if (call == null) {
            return; // not an LVB transport call
        }
        request.getHeaders().remove(CALL_HEADER);

        List<Map.Entry<String, String>> entries = LvbParams.parseFormEncoded(call).entries();
        if (entries.isEmpty() || !INTERFACE.equals(entries.get(0).getKey())) {
            throw new IllegalStateException(CALL_HEADER + " does not start with the interface");
        }
        LvbInterface api = LvbInterface.fromWireName(entries.get(0).getValue())
                .orElseThrow(() -> new IllegalStateException("unknown LVB interface in " + CALL_HEADER));
        request.setProperty(INTERFACE_PROPERTY, api);

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
        for (Map.Entry<String, String> e : entries.subList(1, entries.size())) {
            query.raw(wire.wireName(e.getKey()), e.getValue());
        }
        String unsigned = query.build().toFormEncoded();
        LvbSignedTime signed = new LvbSigner(settings.clock(), settings.signatureValidity()).sign(credentials.apiKey());
        String base = base(api, request.getUri(), settings.statcgiUrl());
        String prefix = base + LvbHost.PATH + "?" + unsigned + "&t=" + signed.t() + "&sign=";
        request.setUri(URI.create(prefix + signed.sign()));

        if (api.isMixing() && request.getEntity() instanceof MixStreamBody body && body.call() != null
                && body.call().para() != null) {
            MixStreamBody stamped = new MixStreamBody(settings.clock().instant().getEpochSecond(), body.eventId(),
                    body.call()).withAppId(credentials.appId());
            request.setEntity(stamped, request.getEntityAnnotations(), request.getMediaType());
        }
        if (LOG.isDebugEnabled()) {
            LOG.debugf("LVB %s %s%s", request.getMethod(), prefix, "***");
        }
    }

    private LvbClientSettings settings(ClientRequestContext request) {
        if (explicit != null) {
            return explicit;
        }
        Object property = request.getConfiguration() == null ? null
                : request.getConfiguration().getProperty(LvbClientSettings.PROPERTY);
        if (property instanceof LvbClientSettings s) {
            return s;
        }
        if (property != null) {
            throw new LvbSettingsException("client property " + LvbClientSettings.PROPERTY
                    + " must hold an LvbClientSettings, got a " + property.getClass().getName());
        }
        LvbClientSettings s = resolved;
        if (s == null) {
            s = lookUp();
            resolved = s;
        }
        return s;
    }

    private static LvbClientSettings lookUp() {
        LvbClientSettings fromCdi = LvbCdi.find(LvbClientSettings.class);
        if (fromCdi != null) {
            return fromCdi;
        }
        org.eclipse.microprofile.config.Config config;
        try {
            config = ConfigProvider.getConfig();
        } catch (IllegalStateException | java.util.ServiceConfigurationError | LinkageError e) {
            throw new LvbSettingsException("no LVB client settings: build the client with LvbClients, provide an"
                    + " LvbClientSettings CDI bean, or set " + LvbClientSettings.DEFAULT_PREFIX + "app-id and "
                    + LvbClientSettings.DEFAULT_PREFIX + "api-key with a MicroProfile Config implementation present ("
                    + e.getClass().getSimpleName() + ")", e);
        }
        try {
            return LvbClientSettings.fromConfig(config, LvbClientSettings.DEFAULT_PREFIX);
        } catch (IllegalStateException e) {
            throw new LvbSettingsException("no usable LVB client settings in MicroProfile Config: " + e.getMessage()
                    + " (or build the client with LvbClients, or provide an LvbClientSettings CDI bean)", e);
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
