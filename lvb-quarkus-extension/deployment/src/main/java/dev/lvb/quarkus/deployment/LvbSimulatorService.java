package dev.lvb.quarkus.deployment;

import java.io.Closeable;

import dev.lvb.simulator.LvbSimulator;
import dev.lvb.simulator.LvbSimulatorConfig;

/** A running LVB simulator as a Dev Service: an in-process server, no container. */
final class LvbSimulatorService implements Closeable {

    private final LvbSimulatorConfig config;
    private final LvbSimulator simulator;

    /**
     * Starts a simulator.
     *
     * @param config its configuration
     */
    LvbSimulatorService(LvbSimulatorConfig config) {
        this.config = config;
        this.simulator = LvbSimulator.start(config);
    }

    /** {@return the configuration it was started with} */
    LvbSimulatorConfig config() {
        return config;
    }

    /** {@return its base URL} */
    String baseUri() {
        return simulator.baseUri().toString();
    }

    @Override
    public void close() {
        simulator.close();
    }
}
