package dev.lvb.quarkus.runtime;

import java.time.Duration;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.lvb.client.LvbReactiveApi;
import dev.lvb.core.LvbInterface;
import dev.lvb.core.model.LiveChannelList;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Readiness check "LVB", registered when {@code quarkus-smallrye-health} is present and
 * {@code quarkus.lvb.health.enabled=true} (off by default: every check is a call to LVB, and LVB bills API calls and
 * limits their rate). Each check calls Live_Channel_GetLiveChannelList through the application's
 * {@code @RestClient LvbReactiveApi}, without blocking, and waits at most {@value #TIMEOUT_SECONDS} seconds:
 * <ul>
 * <li>UP, with {@code interface} and {@code liveChannels} (the number of live streams), when LVB answers;</li>
 * <li>DOWN, with {@code interface}, {@code error} (the exception class) and {@code message} (clipped, never a key nor
 * a signature), when it fails or does not answer in time;</li>
 * <li>UP with {@code active=false} when {@code quarkus.lvb.active=false}: an application that runs without LVB on
 * purpose is not taken out of service.</li>
 * </ul>
 */
@Readiness
@Singleton
public class LvbReadinessCheck implements AsyncHealthCheck {

    /** The name of the check. */
    public static final String NAME = "LVB";

    static final int TIMEOUT_SECONDS = 5;

    private static final String API = LvbInterface.CHANNEL_GET_LIVE_CHANNEL_LIST.wireName();

    private final LvbReactiveApi lvb;
    private final LvbConfig config;

    /**
     * @param lvb the application's client
     * @param config whether LVB is active
     */
    @Inject
    public LvbReadinessCheck(@RestClient LvbReactiveApi lvb, LvbConfig config) {
        this.lvb = lvb;
        this.config = config;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        if (!config.active()) {
            return Uni.createFrom().item(HealthCheckResponse.named(NAME).up().withData("active", false).build());
        }
        return Uni.createFrom().deferred(() -> lvb.getLiveChannelList())
                .ifNoItem().after(Duration.ofSeconds(TIMEOUT_SECONDS)).fail()
                .map(LvbReadinessCheck::up)
                .onFailure().recoverWithItem(LvbReadinessCheck::down);
    }

    static HealthCheckResponse up(LiveChannelList live) {
        int count = liveChannels(live);
        return HealthCheckResponse.named(NAME).up().withData("interface", API).withData("liveChannels", count)
                .build();
    }

    /** @return the number of live streams in the answer */
    static int liveChannels(LiveChannelList live) {
        return live.allCount() != null ? live.allCount() : live.channelList().size();
    }

    static HealthCheckResponse down(Throwable failure) {
        return LvbProbeFailures.down(NAME, "interface", API, failure, TIMEOUT_SECONDS);
    }
}
