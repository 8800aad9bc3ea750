package dev.lvb.quarkus.deployment;

import dev.lvb.simulator.LvbSimulator;
import dev.lvb.simulator.LvbSimulatorConfig;
import io.quarkus.deployment.builditem.Startable;

/** The LVB simulator as a Dev Service: an in-process server, no container. */
final class LvbSimulatorService implements Startable {

    private final LvbSimulatorConfig config;
    private volatile LvbSimulator simulator;

    LvbSimulatorService(LvbSimulatorConfig config) {
        this.config = config;
    }

    @Override
    public void start() {
        simulator = LvbSimulator.start(config);
    }

    String baseUri() {
        return simulator.baseUri().toString();
    }

    @Override
    public String getConnectionInfo() {
        return simulator == null ? "LVB simulator (not started)" : "LVB simulator at " + simulator.baseUri();
    }

    @Override
    public String getContainerId() {
        return null;
    }

    @Override
    public void close() {
        LvbSimulator s = simulator;
        if (s != null) {
            s.close();
        }
    }
}
