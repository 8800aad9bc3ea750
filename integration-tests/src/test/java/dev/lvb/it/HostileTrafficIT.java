package dev.lvb.it;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * {@link HostileTrafficTest} against the packaged application (JVM jar, or native executable with
 * {@code -Dnative}): the observers' counts come over {@code /test-support/events}.
 */
@QuarkusIntegrationTest
public class HostileTrafficIT extends HostileTrafficTest {
}
