package dev.lvb.quarkus.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Readiness check "LVB accounts", registered with {@link LvbReadinessCheck} when the application declares named
 * accounts: calls Live_Channel_GetLiveChannelList with every active named account's client, each bounded like the
 * default account's check. UP when all answer, with {@code <name>} = the number of live streams (or {@code inactive});
 * DOWN when one fails, with {@code <name>} = the exception class.
 */
@Readiness
@Singleton
public class LvbAccountsReadinessCheck implements AsyncHealthCheck {

    /** The name of the check. */
    public static final String NAME = "LVB accounts";

    private final LvbAccounts accounts;

    /** @param accounts the named accounts */
    @Inject
    public LvbAccountsReadinessCheck(LvbAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Uni<String[]>> checks = new ArrayList<>();
        for (String account : accounts.names()) {
            if (!accounts.config(account).active()) {
                checks.add(Uni.createFrom().item(new String[] { account, "inactive", "up" }));
                continue;
            }
            checks.add(Uni.createFrom().deferred(() -> accounts.reactive(account).getLiveChannelList())
                    .ifNoItem().after(Duration.ofSeconds(LvbReadinessCheck.TIMEOUT_SECONDS)).fail()
                    .map(live -> new String[] { account, String.valueOf(LvbReadinessCheck.liveChannels(live)), "up" })
                    .onFailure().recoverWithItem(e -> new String[] { account, e.getClass().getName(), "down" }));
        }
        if (checks.isEmpty()) {
            return Uni.createFrom().item(HealthCheckResponse.named(NAME).up().build());
        }
        return Uni.join().all(checks).andFailFast().map(results -> {
            HealthCheckResponseBuilder b = HealthCheckResponse.named(NAME).up();
            for (String[] r : results) {
                b.withData(r[0], r[1]);
                if (r[2].equals("down")) {
                    b.down();
                }
            }
            return b.build();
        });
    }
}
