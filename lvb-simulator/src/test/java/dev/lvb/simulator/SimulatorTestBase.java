package dev.lvb.simulator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the API tests share: one simulator per test class on an adjustable clock, the clock back at {@link Lvb#T0}
 * and a fresh signing client before every test (the extension resets the simulator's state).
 */
abstract class SimulatorTestBase {

    static final AdjustableClock CLOCK = AdjustableClock.at(Lvb.T0);

    @RegisterExtension
    static final LvbSimulatorExtension LVB = new LvbSimulatorExtension(Lvb.testConfig(CLOCK).build());

    LvbSimulator sim;
    Lvb lvb;

    // Not named setUp: a subclass's own setUp() would override it, and then it would not run.
    @BeforeEach
    void startAtT0() {
        CLOCK.set(Lvb.T0);
        sim = LVB.simulator();
        lvb = new Lvb(sim);
    }
}
