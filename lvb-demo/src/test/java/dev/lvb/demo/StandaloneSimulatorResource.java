package dev.lvb.demo;

import java.util.Map;

import dev.lvb.simulator.LvbSimulator;
import dev.lvb.simulator.LvbSimulatorConfig;
import dev.lvb.simulator.LvbSimulatorControl;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * An LVB the test starts itself: a simulator with its own APPID and key, as a real account would have, on the port
 * {@link ExplicitLvbProfile} configured as {@code quarkus.rest-client."lvb".url}.
 */
public class StandaloneSimulatorResource implements QuarkusTestResourceLifecycleManager {

    static final String PORT_ARG = "port";
    static final long APP_ID = 1_300_000_007L;
    static final String API_KEY = "explicit-api-key-of-a-real-account";

    private int port;
    private LvbSimulator simulator;

    @Override
    public void init(Map<String, String> initArgs) {
        port = Integer.parseInt(initArgs.get(PORT_ARG));
    }

    @Override
    public Map<String, String> start() {
        // The simulator's threads inherit this thread's context class loader, and lvb-core finds its JSON-B provider
        // through it (ServiceLoader): make it the simulator's own loader, not the test framework's, or JSON-B may
        // resolve to a copy of Yasson from another class loader ("JsonBindingProvider not a subtype").
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(LvbSimulator.class.getClassLoader());
        try {
            simulator = LvbSimulator.start(
                    LvbSimulatorConfig.builder().appId(APP_ID).apiKey(API_KEY).port(port).build());
            // the first JSON answer initialises lvb-core's shared JSON-B instance, under that loader
            LvbSimulatorControl.of(simulator.baseUri()).info();
        } finally {
            thread.setContextClassLoader(previous);
        }
        return Map.of();
    }

    @Override
    public void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
