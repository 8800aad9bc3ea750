package dev.lvb.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import dev.lvb.simulator.AdjustableClock;
import dev.lvb.simulator.LvbSimulator;
import dev.lvb.simulator.LvbSimulatorConfig;

/**
 * The JUnit 5 extension in its three registrations, run through the JUnit Platform launcher so that what happens
 * after the fixture classes end (closing) can be checked too. The fixtures are nested classes, which the build
 * does not run on their own.
 */
class LvbSimulatorExtensionTest {

    static final List<LvbSimulator> SEEN = new CopyOnWriteArrayList<>();

    private static TestExecutionSummary run(Class<?> fixture) {
        SEEN.clear();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(fixture))
                .build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(request, listener);
        TestExecutionSummary summary = listener.getSummary();
        summary.getFailures().forEach(f -> {
            throw new AssertionError("fixture test " + f.getTestIdentifier().getDisplayName() + " failed",
                    f.getException());
        });
        return summary;
    }

    @Test
    void extendWithSharesOneSimulatorPerClassResetsItAndClosesIt() {
        TestExecutionSummary summary = run(ExtendWithFixture.class);
        assertThat(summary.getTestsSucceededCount()).isEqualTo(3);
        assertThat(SEEN).hasSize(3);
        assertThat(SEEN).allSatisfy(s -> assertThat(s).isSameAs(SEEN.get(0)));
        assertThat(SEEN.get(0).isClosed()).isTrue();
    }

    @Test
    void instanceFieldRegistrationGivesEachTestItsOwnSimulator() {
        TestExecutionSummary summary = run(PerTestFixture.class);
        assertThat(summary.getTestsSucceededCount()).isEqualTo(2);
        assertThat(SEEN).hasSize(2);
        assertThat(SEEN.get(0)).isNotSameAs(SEEN.get(1));
        assertThat(SEEN).allSatisfy(s -> assertThat(s.isClosed()).isTrue());
    }

    @Test
    void staticRegistrationUsesTheConfigurationAndInjectsTheClock() {
        TestExecutionSummary summary = run(StaticRegistrationFixture.class);
        assertThat(summary.getTestsSucceededCount()).isEqualTo(1);
        assertThat(SEEN).singleElement().satisfies(s -> assertThat(s.isClosed()).isTrue());
    }

    @Test
    void perClassLifecycleWorksToo() {
        TestExecutionSummary summary = run(PerClassLifecycleFixture.class);
        assertThat(summary.getTestsSucceededCount()).isEqualTo(2);
        assertThat(SEEN).hasSize(2).allSatisfy(s -> assertThat(s).isSameAs(SEEN.get(0)));
        assertThat(SEEN.get(0).isClosed()).isTrue();
    }

    @ExtendWith(LvbSimulatorExtension.class)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class ExtendWithFixture {

        static LvbSimulator shared;
        LvbSimulator lvb;

        @Test
        @Order(1)
        void fieldsAndParametersAreInjected(LvbSimulator parameter) {
            assertThat(shared).isNotNull();
            assertThat(lvb).isSameAs(shared).isSameAs(parameter);
            assertThat(lvb.config().appId()).isEqualTo(LvbSimulatorConfig.DEFAULT_APP_ID);
            assertThat(lvb.startPush("1000_a").accepted()).isTrue();
            SEEN.add(lvb);
        }

        @Test
        @Order(2)
        void stateIsResetBetweenTests() {
            assertThat(lvb.streams()).isEmpty();
            assertThat(lvb.callbackLog()).isEmpty();
            SEEN.add(lvb);
        }

        @Nested
        class Inner {
            @Test
            void nestedClassesShareTheSimulator(LvbSimulator parameter) {
                assertThat(parameter).isSameAs(shared);
                SEEN.add(parameter);
            }
        }
    }

    static class PerTestFixture {

        @RegisterExtension
        final LvbSimulatorExtension ext = new LvbSimulatorExtension(LvbSimulatorConfig.builder().appId(42).build());

        @Test
        void one() {
            assertThat(ext.simulator().config().appId()).isEqualTo(42);
            ext.simulator().startPush("1000_a");
            SEEN.add(ext.simulator());
        }

        @Test
        void two(LvbSimulator parameter) {
            assertThat(parameter).isSameAs(ext.simulator());
            assertThat(parameter.streams()).isEmpty();
            SEEN.add(parameter);
        }
    }

    static class StaticRegistrationFixture {

        static final AdjustableClock CLOCK = AdjustableClock.at(Instant.parse("2026-01-01T00:00:00Z"));

        @RegisterExtension
        static final LvbSimulatorExtension EXT = LvbSimulatorExtension.withConfig(LvbSimulatorConfig.builder()
                .appId(1234567).apiKey("k").clock(CLOCK).build());

        @Test
        void configurationApplies(AdjustableClock clock, LvbSimulator simulator) {
            assertThat(clock).isSameAs(CLOCK);
            assertThat(simulator).isSameAs(EXT.simulator());
            assertThat(simulator.credentials().appId()).isEqualTo(1234567);
            assertThat(simulator.config().apiKey()).isEqualTo("k");
            SEEN.add(simulator);
        }
    }

    @ExtendWith(LvbSimulatorExtension.class)
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    static class PerClassLifecycleFixture {

        LvbSimulator lvb;

        @Test
        void a() {
            lvb.startPush("1000_a");
            SEEN.add(lvb);
        }

        @Test
        void b() {
            SEEN.add(lvb);
        }
    }
}
