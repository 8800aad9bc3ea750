package dev.lvb.it;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link StatisticsTest} against the packaged application (JVM jar, or native executable with {@code -Dnative}). */
@QuarkusIntegrationTest
public class StatisticsIT extends StatisticsTest {
}
