package dev.lvb.it;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link TodaysCallbacksTest} against the packaged application (JVM jar, or native executable with {@code -Dnative}). */
@QuarkusIntegrationTest
public class TodaysCallbacksIT extends TodaysCallbacksTest {
}
