package dev.lvb.core.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LvbStreamUrlsTest {

    static final String DOC_KEY = "e12c46f2612d5106e2034781ab261ca3";
    /** txTime 5C271099 of the doc's example. */
    static final Instant DOC_EXPIRY = Instant.ofEpochSecond(0x5C271099L);

    static final LvbStreamUrls URLS = LvbStreamUrls.builder().pushDomain("123.livepush.myqcloud.com")
            .playDomain("play.example.com").appName("live").pushKey(new LvbAuthKey(DOC_KEY, "backup-push"))
            .playKey(new LvbAuthKey("play-key", "backup-play")).build();

    @Test
    void reproducesTheDocVector() {
        assertThat(LvbTxSecret.txTime(DOC_EXPIRY)).isEqualTo("5C271099");
        assertThat(LvbTxSecret.txSecret(DOC_KEY, "test", "5C271099")).isEqualTo("f85a2ab363fe4deaffef9754d79da6fe");
        assertThat(LvbTxSecret.query(DOC_KEY, "test", DOC_EXPIRY))
                .isEqualTo("txSecret=f85a2ab363fe4deaffef9754d79da6fe&txTime=5C271099");
        // LVB hashes txTime as spelled: lowercase gives another secret, which is why this library writes uppercase.
        assertThat(LvbTxSecret.txSecret(DOC_KEY, "test", "5c271099")).isNotEqualTo("f85a2ab363fe4deaffef9754d79da6fe");
    }

    @Test
    void pushUrlsHaveTencentsShapes() {
        LvbPushUrls push = URLS.push("test", DOC_EXPIRY);
        String q = "txSecret=f85a2ab363fe4deaffef9754d79da6fe&txTime=5C271099";
        assertThat(push.rtmp()).isEqualTo("rtmp://123.livepush.myqcloud.com/live/test?" + q);
        assertThat(push.webrtc()).isEqualTo("webrtc://123.livepush.myqcloud.com/live/test?" + q);
        assertThat(push.srt()).isEqualTo("srt://123.livepush.myqcloud.com:9000?streamid=#!::h=123.livepush.myqcloud.com,"
                + "r=live/test,txSecret=f85a2ab363fe4deaffef9754d79da6fe,txTime=5C271099");
    }

    @Test
    void playUrlsAreSignedWithThePlayKey() {
        LvbPlayUrls play = URLS.play("test", DOC_EXPIRY);
        String q = "?" + LvbTxSecret.query("play-key", "test", DOC_EXPIRY);
        assertThat(play.rtmp()).isEqualTo("rtmp://play.example.com/live/test" + q);
        assertThat(play.flv()).isEqualTo("https://play.example.com/live/test.flv" + q);
        assertThat(play.hls()).isEqualTo("https://play.example.com/live/test.m3u8" + q);
        assertThat(play.webrtc()).isEqualTo("webrtc://play.example.com/live/test" + q);
        assertThat(LvbStreamUrls.builder().playDomain("p.example.com").httpsPlay(false).build()
                .play("s", DOC_EXPIRY).flv()).isEqualTo("http://p.example.com/live/s.flv");
    }

    @Test
    void backupKeysSignWhenAskedFor() {
        LvbPushUrls push = URLS.withBackupKeys().push("test", DOC_EXPIRY);
        assertThat(push.rtmp()).endsWith("?" + LvbTxSecret.query("backup-push", "test", DOC_EXPIRY));
        LvbUrlVerification v = new LvbUrlVerifier(new LvbAuthKey(DOC_KEY, "backup-push"), Duration.ZERO)
                .verify(push.rtmp(), DOC_EXPIRY);
        assertThat(v).isEqualTo(new LvbUrlVerification.Valid("test", DOC_EXPIRY, true));
        assertThatThrownBy(() -> LvbStreamUrls.builder().pushDomain("a.b").pushKey(LvbAuthKey.of("k")).build()
                .withBackupKeys()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void neverPrintsKeysOrSignedUrls() {
        LvbPushUrls push = URLS.push("test", DOC_EXPIRY);
        LvbPlayUrls play = URLS.play("test", DOC_EXPIRY);
        for (Object o : new Object[] { push, play, URLS, new LvbAuthKey(DOC_KEY, "backup-push"),
                new LvbUrlVerifier(LvbAuthKey.of(DOC_KEY), Duration.ZERO) }) {
            assertThat(o.toString()).doesNotContain(DOC_KEY, "backup-push", "play-key", "txSecret",
                    "f85a2ab363fe4deaffef9754d79da6fe");
        }
    }

    @Test
    void refusesBadInputClearly() {
        assertThatThrownBy(() -> URLS.push("a/b", DOC_EXPIRY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid stream name 'a/b'");
        assertThatThrownBy(() -> URLS.push("", DOC_EXPIRY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> URLS.play("a?b", DOC_EXPIRY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> URLS.push("a", Instant.ofEpochSecond(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LvbStreamUrls.builder().build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> LvbStreamUrls.builder().playDomain("p.example.com").build().push("a", DOC_EXPIRY))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("push domain");
        assertThatThrownBy(() -> LvbStreamUrls.builder().pushDomain("x/y")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LvbAuthKey.of("")).isInstanceOf(IllegalArgumentException.class);
    }
}
