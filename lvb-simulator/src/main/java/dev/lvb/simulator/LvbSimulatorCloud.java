package dev.lvb.simulator;

import dev.lvb.core.cloud.LvbCloudCredentials;

/**
 * The simulator's side of Tencent Cloud API 3.0: it answers {@code POST /} with an {@code X-TC-Action} header for
 * the actions of {@code LvbCloudApi}, on the same streams, tasks and mixing sessions as its legacy endpoints, after
 * checking the TC3-HMAC-SHA256 signature as Tencent does ({@code AuthFailure.SignatureFailure},
 * {@code AuthFailure.SignatureExpire} beyond 5 minutes of the simulator's clock, {@code AuthFailure.SecretIdNotFound},
 * {@code AuthFailure.InvalidAuthorization}).
 */
public final class LvbSimulatorCloud {

    /** The SecretId the simulator accepts. */
    public static final String SECRET_ID = "AKIDlvbSimulator0000000000000000000";
    /** The SecretKey of {@link #SECRET_ID}; it is a test value, known to everyone. */
    public static final String SECRET_KEY = "lvbSimulatorSecretKey00000000000";

    private LvbSimulatorCloud() {
    }

    /** @return the credentials the simulator accepts */
    public static LvbCloudCredentials credentials() {
        return LvbCloudCredentials.of(SECRET_ID, SECRET_KEY);
    }
}
