package dev.lvb.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

import dev.lvb.core.LvbInterface;

/** Where each call goes: the statcgi rule. */
class LvbRequestFilterTest {

    static String base(LvbInterface api, String requestUri, String statcgi) {
        return LvbRequestFilter.base(api, URI.create(requestUri), statcgi == null ? null : URI.create(statcgi));
    }

    @Test
    void fcgiCallsGoToTheClientsOwnUrl() {
        assertThat(base(LvbInterface.CHANNEL_GET_STATUS, "http://fcgi.video.qcloud.com/common_access", null))
                .isEqualTo("http://fcgi.video.qcloud.com");
        assertThat(base(LvbInterface.MIX_START, "http://proxy:8080/lvb/common_access", "http://stat"))
                .isEqualTo("http://proxy:8080/lvb");
    }

    @Test
    void statisticsOfTheDefaultFcgiHostGoToTheDefaultStatcgiHost() {
        for (String fcgi : new String[] { "http://fcgi.video.qcloud.com/common_access",
                "http://FCGI.video.qcloud.com:80/common_access", "http://fcgi.video.qcloud.com/common_access/common_access" }) {
            assertThat(base(LvbInterface.GET_LIVE_STAT, fcgi, null)).as(fcgi)
                    .isEqualTo("http://statcgi.video.qcloud.com");
        }
    }

    @Test
    void statisticsOfAnyOtherUrlStayThere() {
        assertThat(base(LvbInterface.GET_LIVE_PLAY_STAT, "http://localhost:8089/common_access", null))
                .isEqualTo("http://localhost:8089");
        assertThat(base(LvbInterface.GET_LIVE_PLAY_STAT, "https://fcgi.video.qcloud.com/common_access", null))
                .isEqualTo("https://fcgi.video.qcloud.com");
        assertThat(base(LvbInterface.GET_LIVE_PLAY_STAT, "http://fcgi.video.qcloud.com:8080/common_access", null))
                .isEqualTo("http://fcgi.video.qcloud.com:8080");
        assertThat(base(LvbInterface.GET_LIVE_PLAY_STAT, "http://fcgi.video.qcloud.com/proxy/common_access", null))
                .isEqualTo("http://fcgi.video.qcloud.com/proxy");
    }

    @Test
    void aConfiguredStatcgiUrlWins() {
        assertThat(base(LvbInterface.GET_LIVE_PUSH_STAT_HISTORY, "http://fcgi.video.qcloud.com/common_access",
                "http://127.0.0.1:9999/stat/common_access/")).isEqualTo("http://127.0.0.1:9999/stat");
        assertThat(base(LvbInterface.GET_LIVE_PLAY_STAT_HISTORY, "http://localhost/common_access",
                "http://statcgi.video.qcloud.com")).isEqualTo("http://statcgi.video.qcloud.com");
    }
}
