package dev.lvb.it;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link AppEndpointTest} against the packaged application (JVM jar, or native executable with {@code -Dnative}). */
@QuarkusIntegrationTest
public class AppEndpointIT extends AppEndpointTest {
}
