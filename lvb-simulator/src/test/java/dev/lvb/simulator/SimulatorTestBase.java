package dev.lvb.simulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the API tests share: one simulator per test class on an adjustable clock, the clock back at {@link Lvb#T0}
 * and a fresh signing client before every test, the simulator's state reset. (lvb-testing's JUnit extension does this
 * for users; it builds on this module, so the simulator's own tests do it by hand.)
 */
abstract class SimulatorTestBase {

    static final AdjustableClock CLOCK = AdjustableClock.at(Lvb.T0);

    private static LvbSimulator shared;

    LvbSimulator sim;
    Lvb lvb;

    @BeforeAll
    static void startSimulator() {
        shared = LvbSimulator.start(Lvb.testConfig(CLOCK).build());
    }

    @AfterAll
    static void closeSimulator() {
        shared.close();
    }

    // Not named setUp: a subclass's own setUp() would override it, and then it would not run.
    @BeforeEach
    void startAtT0() {
        shared.reset();
        CLOCK.set(Lvb.T0);
        sim = shared;
        lvb = new Lvb(sim);
    }
}
