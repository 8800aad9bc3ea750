package dev.lvb.client.cloud;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import dev.lvb.core.cloud.LvbCloudCredentials;
import dev.lvb.core.cloud.LvbTc3Headers;
import dev.lvb.core.cloud.LvbTc3Signer;
import dev.lvb.core.error.Redaction;
import dev.lvb.core.json.LvbJson;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * Signs each {@link LvbCloudApi} call with TC3-HMAC-SHA256: it serialises the request record to the exact JSON
 * bytes that are sent (the signature covers their SHA-256), then adds {@code Authorization}, {@code X-TC-Version},
 * {@code X-TC-Timestamp} and, when set, {@code X-TC-Region} and {@code X-TC-Token}. {@code X-TC-Action} comes from
 * the method's annotation. Runs late among request filters, so the application's filters never see a signature.
 * The {@code dev.lvb.client.cloud} logger at DEBUG shows each call without {@code Authorization} or token.
 * <p>
 * Settings: the constructor argument; else the client property {@value LvbCloudSettings#PROPERTY}; else
 * MicroProfile Config ({@code lvb.cloud.*}). On Quarkus this filter is a bean (the annotations are inert elsewhere)
 * and gets the extension's settings injected.
 */
@Priority(LvbCloudSigningFilter.PRIORITY)
@jakarta.inject.Singleton
public class LvbCloudSigningFilter implements ClientRequestFilter {

    /** Late among request filters. */
    public static final int PRIORITY = Priorities.USER + 1000;

    private static final Logger LOG = Logger.getLogger("dev.lvb.client.cloud");
    private static final MediaType JSON_UTF8 = MediaType.valueOf(LvbTc3Signer.CONTENT_TYPE);
    private static final byte[] EMPTY_OBJECT = { '{', '}' };

    private final LvbCloudSettings explicit;
    private final LvbTc3Signer signer = LvbTc3Signer.live();
    private volatile LvbCloudSettings fromConfig;

    /** Used by the REST client runtime ({@code @RegisterProvider}): settings as described above. */
    public LvbCloudSigningFilter() {
        this.explicit = null;
    }

    /**
     * @param settings the settings of every call through this filter (on Quarkus: the extension's
     *        {@link LvbCloudSettings} bean; Quarkus' REST client uses this filter's bean for {@code @RegisterProvider})
     */
    @jakarta.inject.Inject
    public LvbCloudSigningFilter(LvbCloudSettings settings) {
        this.explicit = java.util.Objects.requireNonNull(settings, "settings");
    }

    @Override
    public void filter(ClientRequestContext request) {
        String action = request.getHeaderString(LvbTc3Signer.X_TC_ACTION);
        if (action == null) {
            return; // not a Cloud API call
        }
        LvbCloudSettings settings = settings(request);
        LvbCloudCredentials credentials;
        try {
            credentials = settings.credentials().credentials();
        } catch (RuntimeException e) {
            throw new LvbCloudSettingsException("Tencent Cloud credentials are not available: "
                    + Redaction.clip(e.getMessage()), e);
        }
        if (credentials == null) {
            throw new LvbCloudSettingsException("the Tencent Cloud credentials provider returned no credentials",
                    null);
        }
        Object entity = request.getEntity();
        byte[] body = entity == null ? EMPTY_OBJECT
                : entity instanceof byte[] bytes ? bytes
                        : LvbJson.toJson(entity).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        URI uri = request.getUri();
        LvbTc3Headers signed = signer.sign(credentials, host(uri), action, settings.region(), body,
                settings.clock().instant().getEpochSecond());
        request.setEntity(body, request.getEntityAnnotations(), JSON_UTF8);
        request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, LvbTc3Signer.CONTENT_TYPE);
        for (Map.Entry<String, String> h : signed.asMap().entrySet()) {
            request.getHeaders().putSingle(h.getKey(), h.getValue());
        }
        if (LOG.isDebugEnabled()) {
            LOG.debugf("LVB cloud POST %s action=%s timestamp=%d region=%s", uri, action, signed.timestamp(),
                    signed.region());
        }
    }

    /** The {@code Host} header the runtime sends: the port only when it is not the scheme's default. */
    static String host(URI uri) {
        String host = uri.getHost();
        int port = uri.getPort();
        String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean defaultPort = port < 0 || (port == 443 && scheme.equals("https")) || (port == 80 && scheme.equals("http"));
        return defaultPort ? host : host + ":" + port;
    }

    private LvbCloudSettings settings(ClientRequestContext request) {
        if (explicit != null) {
            return explicit;
        }
        Object property = request.getConfiguration() == null ? null
                : request.getConfiguration().getProperty(LvbCloudSettings.PROPERTY);
        if (property instanceof LvbCloudSettings s) {
            return s;
        }
        LvbCloudSettings s = fromConfig;
        if (s == null) {
            try {
                s = LvbCloudSettings.fromConfig(ConfigProvider.getConfig(), LvbCloudSettings.DEFAULT_PREFIX);
            } catch (RuntimeException | java.util.ServiceConfigurationError e) {
                throw new LvbCloudSettingsException("no Tencent Cloud settings: register an LvbCloudSigningFilter with"
                        + " settings, set the client property " + LvbCloudSettings.PROPERTY + ", or configure "
                        + LvbCloudSettings.DEFAULT_PREFIX + "secret-id and " + LvbCloudSettings.DEFAULT_PREFIX
                        + "secret-key (" + Redaction.clip(e.getMessage()) + ")", e);
            }
            fromConfig = s;
        }
        return s;
    }
}
