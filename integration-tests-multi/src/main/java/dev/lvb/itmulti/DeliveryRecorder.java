package dev.lvb.itmulti;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.lvb.core.event.LvbEvent;
import io.quarkus.redis.datasource.RedisDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The application's observer: records every delivered event as {@code <instance>|<stream>|<event_type>} in a Redis
 * list shared by all instances, so a test counts deliveries across instances.
 * <p>
 * For streams named {@code block-*} the first instance to get the event announces it ({@code <record>:entered:<stream>}
 * = its name) and waits for {@code <record>:release:<stream>} before recording it: a test kills that instance in the
 * middle of the event. Later deliveries of the same stream (after a crash) do not wait.
 */
@ApplicationScoped
public class DeliveryRecorder {

    private static final Duration MAX_BLOCK = Duration.ofMinutes(2);

    @Inject
    RedisDataSource redis;

    @ConfigProperty(name = "itm.record-key")
    String recordKey;

    @ConfigProperty(name = "itm.instance")
    String instance;

    void onEvent(@Observes LvbEvent event) throws InterruptedException {
        String stream = event.streamId();
        if (stream != null && stream.startsWith("block-")) {
            boolean first = redis.value(String.class).setnx(recordKey + ":entered:" + stream, instance);
            if (first) {
                Instant until = Instant.now().plus(MAX_BLOCK);
                while (!redis.key().exists(recordKey + ":release:" + stream) && Instant.now().isBefore(until)) {
                    Thread.sleep(50);
                }
            }
        }
        redis.list(String.class).rpush(recordKey, instance + "|" + stream + "|" + event.eventType());
        redis.key().expire(recordKey, Duration.ofHours(1));
    }
}
