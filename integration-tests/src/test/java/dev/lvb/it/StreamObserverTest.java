package dev.lvb.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.lvb.it.app.EventLog;
import dev.lvb.simulator.LvbSimulator;
import dev.lvb.simulator.LvbSimulatorConfig;
import dev.lvb.testing.LvbTesting;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * A user's test, written with lvb-testing: the simulator notifies the application as LVB would, and the
 * application's observer ({@link EventLog}) saw the stream start and stop.
 */
@QuarkusTest
class StreamObserverTest extends LvbTestBase {

    static LvbSimulator simulator;

    @TestHTTPResource("/hooks/lvb")
    URI callback;

    @Inject
    EventLog log;

    @BeforeAll
    static void startSimulator() {
        simulator = LvbSimulator.start(LvbSimulatorConfig.builder().appId(TestKeys.APP_ID)
                .callbackKey(TestKeys.CALLBACK_KEY).build());
    }

    @AfterAll
    static void closeSimulator() {
        simulator.close();
    }

    @Test
    void myObserverSeesTheStreamStartAndStop() {
        String stream = "user_" + UUID.randomUUID().toString().substring(0, 8);

        LvbTesting.given().simulator(simulator).callbackUrl(callback)
                .when().streamStarts(stream).streamStops(stream)
                .then().delivered(2);

        assertThat(log.counts(stream)).containsEntry("StreamBeginEvent", 1).containsEntry("StreamEndEvent", 1);
    }
}
