package dev.lvb.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.lvb.core.url.LvbAuthKey;
import dev.lvb.core.url.LvbPushUrls;
import dev.lvb.core.url.LvbStreamUrls;
import dev.lvb.core.url.LvbTxSecret;

/** With a push key configured, a push must carry a valid txSecret/txTime, as LVB checks push URLs. */
class PushAuthenticationTest {

    static final LvbAuthKey KEY = new LvbAuthKey("push-primary-key", "push-backup-key");

    AdjustableClock clock = AdjustableClock.at(Lvb.T0);
    LvbSimulator sim;

    @AfterEach
    void tearDown() {
        if (sim != null) {
            sim.close();
        }
    }

    LvbSimulator start(Duration delta) {
        sim = LvbSimulator.start(Lvb.testConfig(clock).pushKey(KEY).pushAuthDelta(delta).build());
        return sim;
    }

    static LvbStreamUrls urls(String key) {
        return LvbStreamUrls.builder().pushDomain(LvbSimulatorConfig.DEFAULT_PUSH_DOMAIN)
                .pushKey(LvbAuthKey.of(key)).build();
    }

    @Test
    void urlsOfTheSignerAreAcceptedInEveryForm() {
        start(Duration.ZERO);
        Instant expiry = Lvb.T0.plus(Duration.ofHours(1));
        LvbPushUrls push = urls(KEY.primary()).push("auth_rtmp", expiry);
        assertThat(sim.startPushUrl(push.rtmp()).outcome()).isEqualTo(PushResult.Outcome.STARTED);
        assertThat(sim.stream("auth_rtmp").orElseThrow().status()).isEqualTo(StreamView.Status.LIVE);
        assertThat(sim.startPushUrl(urls(KEY.primary()).push("auth_webrtc", expiry).webrtc()).accepted()).isTrue();
        assertThat(sim.startPushUrl(urls(KEY.primary()).push("auth_srt", expiry).srt()).accepted()).isTrue();
        // the backup key is accepted too
        assertThat(sim.startPushUrl(urls(KEY.backup()).push("auth_backup", expiry).rtmp()).accepted()).isTrue();
    }

    @Test
    void forgedAndExpiredPushesAreRefused() {
        start(Duration.ofMinutes(5));
        Instant expiry = Lvb.T0.plus(Duration.ofMinutes(1));
        PushResult forged = sim.startPushUrl(urls("not-the-key").push("auth_1", expiry).rtmp());
        assertThat(forged.outcome()).isEqualTo(PushResult.Outcome.UNAUTHORIZED);
        assertThat(forged.reason()).contains("txSecret does not match").doesNotContain(KEY.primary());
        // signed for another stream
        String other = urls(KEY.primary()).push("auth_2", expiry).rtmp().replace("/auth_2?", "/auth_1?");
        assertThat(sim.startPushUrl(other).outcome()).isEqualTo(PushResult.Outcome.UNAUTHORIZED);
        assertThat(sim.startPush("auth_1").outcome()).isEqualTo(PushResult.Outcome.UNAUTHORIZED);
        assertThat(sim.stream("auth_1").map(StreamView::status)).isNotEqualTo(java.util.Optional.of(StreamView.Status.LIVE));

        String valid = urls(KEY.primary()).push("auth_1", expiry).rtmp();
        clock.set(expiry.plus(Duration.ofMinutes(5)));
        assertThat(sim.startPushUrl(valid).outcome()).isEqualTo(PushResult.Outcome.STARTED);
        sim.stopPush("auth_1");
        clock.set(expiry.plus(Duration.ofMinutes(5)).plusSeconds(1));
        PushResult expired = sim.startPushUrl(valid);
        assertThat(expired.outcome()).isEqualTo(PushResult.Outcome.EXPIRED);
        assertThat(expired.reason()).contains("expired");
    }

    @Test
    void theControlApiChecksPushUrls() {
        start(Duration.ZERO);
        LvbSimulatorControl control = LvbSimulatorControl.of(sim.baseUri());
        Instant expiry = Lvb.T0.plus(Duration.ofHours(1));
        assertThat(control.push("ctl_a", urls(KEY.primary()).push("ctl_a", expiry).rtmp()).status()).isEqualTo(200);
        LvbSimulatorControl.Answer refused = control.push("ctl_b", urls("forged").push("ctl_b", expiry).rtmp());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().getString("outcome")).isEqualTo("UNAUTHORIZED");
        assertThat(control.push("ctl_c").status()).isEqualTo(403);
    }

    @Test
    void withoutAPushKeyEveryPushIsAccepted() {
        sim = LvbSimulator.start(Lvb.testConfig(clock).build());
        assertThat(sim.startPush("free_1").accepted()).isTrue();
        assertThat(sim.startPushUrl("rtmp://x/live/free_2?" + LvbTxSecret.query("any", "other", Lvb.T0)).accepted())
                .isTrue();
        assertThat(sim.config().toString()).contains("pushKey=null");
    }

    @Test
    void theKeyIsNeverPrinted() {
        start(Duration.ZERO);
        assertThat(sim.config().toString()).doesNotContain(KEY.primary(), KEY.backup()).contains("pushKey=***");
    }
}
