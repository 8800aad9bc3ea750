package dev.lvb.quarkus.runtime;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import dev.lvb.core.error.Redaction;

/** What the readiness checks of the LVB APIs answer when a probe call fails. */
final class LvbProbeFailures {

    private LvbProbeFailures() {
    }

    /**
     * @return DOWN named {@code check}, with the probed call ({@code callKey} = {@code call}), the failure's class and
     *         its clipped message (never a key or a signature)
     */
    static HealthCheckResponse down(String check, String callKey, String call, Throwable failure, int timeoutSeconds) {
        HealthCheckResponseBuilder b = HealthCheckResponse.named(check).down().withData(callKey, call)
                .withData("error", failure.getClass().getName());
        String message = failure instanceof io.smallrye.mutiny.TimeoutException
                ? "no answer within " + timeoutSeconds + " s"
                : Redaction.clip(failure.getMessage());
        if (message != null) {
            b.withData("message", message);
        }
        return b.build();
    }
}
