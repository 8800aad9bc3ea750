package dev.lvb.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The demo pointed at an explicitly configured LVB: {@code quarkus.rest-client."lvb".url}, APPID and API key are
 * set by the profile (visible when the application is built, where the Dev Service decides), and the LVB behind
 * that URL is a simulator the test starts itself ({@link StandaloneSimulatorResource}) on the port named here.
 */
public class ExplicitLvbProfile implements QuarkusTestProfile {

    /** The port, shared through a system property: the profile may be instantiated in several class loaders. */
    private static final String PORT_PROPERTY = "lvb-demo.test.explicit-lvb-port";

    static synchronized int port() {
        String port = System.getProperty(PORT_PROPERTY);
        if (port == null) {
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = Integer.toString(s.getLocalPort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.setProperty(PORT_PROPERTY, port);
        }
        return Integer.parseInt(port);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.rest-client.\"lvb\".url", "http://127.0.0.1:" + port(),
                "quarkus.lvb.app-id", Long.toString(StandaloneSimulatorResource.APP_ID),
                "quarkus.lvb.api-key", StandaloneSimulatorResource.API_KEY);
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(StandaloneSimulatorResource.class,
                Map.of(StandaloneSimulatorResource.PORT_ARG, Integer.toString(port()))));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
