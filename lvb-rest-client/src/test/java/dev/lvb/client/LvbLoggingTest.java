package dev.lvb.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Request logging of the {@code dev.lvb.client} logger (JBoss Logging, here through java.util.logging): the URI is
 * logged at DEBUG with {@code sign=***}; neither the sign nor the key ever appears.
 */
class LvbLoggingTest extends LvbWireMockSupport {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Logger logger = Logger.getLogger("dev.lvb.client");
    private final Handler capture = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            lines.add(record.getLevel() + " " + formatter.formatMessage(record));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level previous;

    @BeforeEach
    void capture() {
        previous = logger.getLevel();
        capture.setLevel(Level.ALL);
        logger.addHandler(capture);
    }

    @AfterEach
    void release() {
        logger.removeHandler(capture);
        logger.setLevel(previous);
    }

    static String signOf(String url) {
        return url.substring(url.indexOf("&sign=") + 6);
    }

    @Test
    void debugShowsEachRequestWithTheSignMasked() {
        logger.setLevel(Level.FINE); // JBoss Logging's DEBUG
        stubFcgi(json(LvbApiWireTest.STATUS));
        stubStatcgi(json(LvbApiWireTest.LIVE_STAT));
        lvb.getStatus("8888_live1");
        lvb.getLiveStat();
        reactive(lvb).getStatus("8888_live2").await().atMost(java.time.Duration.ofSeconds(10));
        stubFcgi(json(LvbMixingTest.SUCCESS));
        lvb.startMix(LvbMixingTest.specExample());

        var urls = requests().stream().map(r -> r.getUrl()).toList();
        assertThat(urls).hasSize(4);
        for (String url : urls) {
            String masked = base() + url.substring(0, url.indexOf("&sign=") + 6) + "***";
            assertThat(lines).anySatisfy(line -> assertThat(line).endsWith(masked));
            assertThat(String.join("\n", lines)).doesNotContain(signOf(url));
        }
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("LVB GET ").contains("Live_Channel_GetStatus"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("LVB POST ").contains("Mix_StreamV2"));
        assertThat(String.join("\n", lines)).doesNotContain(KEY);
    }

    @Test
    void silentAtInfo() {
        logger.setLevel(Level.INFO);
        stubFcgi(json(LvbApiWireTest.STATUS));
        lvb.getStatus("8888_live1");
        assertThat(lines).isEmpty();
    }

    @Test
    void failuresAreNotLoggedWithSecretsEither() {
        logger.setLevel(Level.ALL);
        stubFcgi(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(403).withBody("nope"));
        org.assertj.core.api.Assertions.catchThrowable(() -> lvb.getStatus("8888_live1"));
        String url = onlyRequest().getUrl();
        assertThat(String.join("\n", lines)).doesNotContain(signOf(url)).doesNotContain(KEY);
    }
}
