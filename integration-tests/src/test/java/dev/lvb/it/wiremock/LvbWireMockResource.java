package dev.lvb.it.wiremock;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import dev.lvb.it.TestKeys;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Plays LVB for the application under test: one WireMock server serves the fcgi host under {@code /fcgi} and the
 * statcgi host under {@code /statcgi}, from the mapping files in {@code src/test/resources/wiremock/mappings}, with
 * the {@link LvbSignatureMatcher} checking every signed request. Runs in the test JVM, so it serves
 * {@code @QuarkusTest} and {@code @QuarkusIntegrationTest} alike, and hands the server to test fields marked
 * {@link InjectWireMock} (for the request journal).
 * <p>
 * The configuration it returns is what a deployment sets from its environment: the two LVB URLs (a URL for the
 * client also keeps the simulator Dev Service off), the APPID, the API key and a separate callback key.
 */
public class LvbWireMockResource implements QuarkusTestResourceLifecycleManager {

    /** Base path of the fcgi host on the WireMock server. */
    public static final String FCGI = "/fcgi";
    /** Base path of the statcgi host on the WireMock server. */
    public static final String STATCGI = "/statcgi";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().usingFilesUnderClasspath("wiremock")
                .extensions(new LvbSignatureMatcher(TestKeys.API_KEY, TestKeys.SIGNATURE_VALIDITY_SECONDS,
                        Clock.systemUTC()), new Tc3SignatureMatcher(Clock.systemUTC())));
        server.start();
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.rest-client.lvb.url", server.baseUrl() + FCGI);
        config.put("quarkus.lvb.statcgi-url", server.baseUrl() + STATCGI);
        config.put("quarkus.lvb.app-id", Long.toString(TestKeys.APP_ID));
        config.put("quarkus.lvb.api-key", TestKeys.API_KEY);
        config.put("quarkus.lvb.callback-key", TestKeys.CALLBACK_KEY);
        config.put("quarkus.lvb.signature-validity", TestKeys.SIGNATURE_VALIDITY_SECONDS + "s");
        // Cloud API 3.0: POST / on the same server (the legacy hosts live under /fcgi and /statcgi).
        config.put("quarkus.rest-client.lvb-cloud.url", server.baseUrl());
        config.put("quarkus.lvb.cloud.secret-id", TestKeys.CLOUD_SECRET_ID);
        config.put("quarkus.lvb.cloud.secret-key", TestKeys.CLOUD_SECRET_KEY);
        return config;
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(server,
                new TestInjector.AnnotatedAndMatchesType(InjectWireMock.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
