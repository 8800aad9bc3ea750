package dev.lvb.quarkus.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lvb.core.url.LvbAuthKey;
import dev.lvb.core.url.LvbPlayUrls;
import dev.lvb.core.url.LvbPushUrls;
import dev.lvb.core.url.LvbStreamUrls;
import dev.lvb.core.url.LvbTxSecret;
import dev.lvb.core.url.LvbUrlVerification;
import dev.lvb.core.url.LvbUrlVerifier;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.inject.Inject;

/** {@code quarkus.lvb.urls.*} configures the injectable {@link LvbStreamUrls}. */
class LvbStreamUrlsConfigTest {

    static final Instant EXPIRY = Instant.ofEpochSecond(0x5C271099L);

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .overrideConfigKey("quarkus.lvb.app-id", "1252033264")
            .overrideConfigKey("quarkus.lvb.api-key", "urls-test-key")
            .overrideConfigKey("quarkus.rest-client.lvb.url", "http://127.0.0.1:9")
            .overrideConfigKey("quarkus.lvb.urls.push-domain", "123.livepush.myqcloud.com")
            .overrideConfigKey("quarkus.lvb.urls.play-domain", "play.example.com")
            .overrideConfigKey("quarkus.lvb.urls.app-name", "show")
            .overrideConfigKey("quarkus.lvb.urls.push-key", "e12c46f2612d5106e2034781ab261ca3")
            .overrideConfigKey("quarkus.lvb.urls.push-backup-key", "push-backup")
            .overrideConfigKey("quarkus.lvb.urls.play-key", "play-primary")
            .overrideConfigKey("quarkus.lvb.urls.play-backup-key", "play-backup")
            .overrideConfigKey("quarkus.lvb.urls.play-https", "false")
            .overrideConfigKey("quarkus.lvb.urls.srt-port", "9001");

    @Inject
    LvbStreamUrls urls;

    @Test
    void everySettingReachesTheUrls() {
        LvbPushUrls push = urls.push("test", EXPIRY);
        assertThat(push.rtmp()).isEqualTo(
                "rtmp://123.livepush.myqcloud.com/show/test?txSecret=f85a2ab363fe4deaffef9754d79da6fe&txTime=5C271099");
        assertThat(push.srt()).startsWith("srt://123.livepush.myqcloud.com:9001?streamid=#!::h=");
        assertThat(urls.withBackupKeys().push("test", EXPIRY).rtmp())
                .endsWith(LvbTxSecret.query("push-backup", "test", EXPIRY));
        assertThat(urls.withBackupKeys().play("test", EXPIRY).hls())
                .endsWith(LvbTxSecret.query("play-backup", "test", EXPIRY));
        LvbPlayUrls play = urls.play("test", EXPIRY);
        assertThat(play.flv()).isEqualTo("http://play.example.com/show/test.flv?"
                + LvbTxSecret.query("play-primary", "test", EXPIRY));
        assertThat(new LvbUrlVerifier(LvbAuthKey.of("play-primary"), Duration.ZERO).verify(play.hls(), EXPIRY))
                .isInstanceOf(LvbUrlVerification.Valid.class);
        assertThat(urls.toString()).doesNotContain("e12c46f2612d5106e2034781ab261ca3", "play-primary");
    }
}
