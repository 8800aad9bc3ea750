package dev.lvb.it;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * {@link LogCaptureTest} against the packaged application, which logs to the same file (the configuration comes
 * from {@code LogCaptureResource}).
 */
@QuarkusIntegrationTest
public class LogCaptureIT extends LogCaptureTest {
}
