package dev.lvb.quarkus.runtime;

import java.time.Duration;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.lvb.client.cloud.LvbCloudApi;
import dev.lvb.core.cloud.LvbCloudAction;
import dev.lvb.core.cloud.LvbCloudCredentialsProvider;
import dev.lvb.core.cloud.model.DescribeLiveStreamOnlineListRequest;
import dev.lvb.core.cloud.model.DescribeLiveStreamOnlineListResponse;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Readiness check "LVB Cloud API", registered with {@link LvbReadinessCheck} (same opt-in:
 * {@code quarkus-smallrye-health} present and {@code quarkus.lvb.health.enabled=true}). When the Cloud API is
 * configured ({@code quarkus.lvb.cloud.secret-id} set, or an {@code LvbCloudCredentialsProvider} bean of the
 * application), each check calls DescribeLiveStreamOnlineList (one item per page) through the application's
 * {@code @RestClient LvbCloudApi}, without blocking, and waits at most {@value #TIMEOUT_SECONDS} seconds:
 * <ul>
 * <li>UP, with {@code action} and {@code liveStreams}, when Tencent answers;</li>
 * <li>DOWN, with {@code action}, {@code error} (the exception class) and {@code message} (clipped, never a key nor a
 * signature), when it fails or does not answer in time;</li>
 * <li>UP with {@code configured=false} when the application does not use the Cloud API, and with
 * {@code active=false} when {@code quarkus.lvb.active=false}.</li>
 * </ul>
 */
@Readiness
@Singleton
public class LvbCloudReadinessCheck implements AsyncHealthCheck {

    /** The name of the check. */
    public static final String NAME = "LVB Cloud API";

    static final int TIMEOUT_SECONDS = LvbReadinessCheck.TIMEOUT_SECONDS;

    private static final String ACTION = LvbCloudAction.DESCRIBE_LIVE_STREAM_ONLINE_LIST.wireName();
    private static final DescribeLiveStreamOnlineListRequest ONE = new DescribeLiveStreamOnlineListRequest(null, null,
            1L, 1L, null);

    private final LvbCloudApi cloud;
    private final LvbConfig config;
    private final LvbCloudCredentialsProvider credentials;

    /**
     * @param cloud the application's client
     * @param config whether LVB is active, whether the Cloud API key is configured
     * @param credentials the credentials in use: the application's own provider counts as configured
     */
    @Inject
    public LvbCloudReadinessCheck(@RestClient LvbCloudApi cloud, LvbConfig config,
            LvbCloudCredentialsProvider credentials) {
        this.cloud = cloud;
        this.config = config;
        this.credentials = credentials;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        if (!config.active()) {
            return Uni.createFrom().item(HealthCheckResponse.named(NAME).up().withData("active", false).build());
        }
        boolean configured = !(credentials instanceof LvbCloudConfigCredentials)
                || config.cloud().secretId().filter(s -> !s.isBlank()).isPresent();
        if (!configured) {
            return Uni.createFrom().item(HealthCheckResponse.named(NAME).up().withData("configured", false).build());
        }
        return Uni.createFrom().deferred(() -> cloud.describeLiveStreamOnlineListAsync(ONE))
                .ifNoItem().after(Duration.ofSeconds(TIMEOUT_SECONDS)).fail()
                .map(LvbCloudReadinessCheck::up)
                .onFailure().recoverWithItem(LvbCloudReadinessCheck::down);
    }

    static HealthCheckResponse up(DescribeLiveStreamOnlineListResponse online) {
        HealthCheckResponseBuilder b = HealthCheckResponse.named(NAME).up().withData("action", ACTION);
        if (online != null && online.totalNum() != null) {
            b.withData("liveStreams", online.totalNum());
        }
        return b.build();
    }

    static HealthCheckResponse down(Throwable failure) {
        return LvbProbeFailures.down(NAME, "action", ACTION, failure, TIMEOUT_SECONDS);
    }
}
