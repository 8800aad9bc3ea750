package dev.lvb.quarkus.deployment;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.lvb.core.LvbCredentials;
import dev.lvb.simulator.LvbSimulator;
import dev.lvb.simulator.LvbSimulatorConfig;

/**
 * Simulators for deployment tests, one per name and JVM, closed when the JVM ends. Keyed in system properties so that
 * the second load of a test class (by the application's class loader) finds the same one.
 */
final class Simulators {

    private static final Map<String, LvbSimulator> STARTED = new ConcurrentHashMap<>();

    private Simulators() {
    }

    static synchronized String url(String name, LvbCredentials credentials) {
        String property = "lvb.test.simulator." + name;
        String known = System.getProperty(property);
        if (known != null) {
            return known;
        }
        LvbSimulator simulator = LvbSimulator.start(LvbSimulatorConfig.builder().credentials(credentials).build());
        STARTED.put(name, simulator);
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
        String url = simulator.baseUri().toString();
        System.setProperty(property, url);
        return url;
    }
}
