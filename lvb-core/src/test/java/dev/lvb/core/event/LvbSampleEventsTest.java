package dev.lvb.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

class LvbSampleEventsTest {

    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");

    @Test
    void everyTypedEventTypeHasASampleThatBindsToItsOwnType() {
        int typed = 0;
        for (int eventType = 0; eventType < 1000; eventType++) {
            Class<? extends LvbEvent> type = LvbEvents.typeOf(eventType);
            if (type == UnknownEvent.class) {
                continue;
            }
            typed++;
            assertThat(LvbSampleEvents.types()).as("sample of %s", type.getSimpleName()).containsKey(eventType);
            JsonObject body = LvbSampleEvents.of(eventType, 1252033264L, "push.example.com", "live", "s_1", NOW)
                    .orElseThrow();
            LvbEvent event = LvbEvents.fromJson(body);
            assertThat(event).as("event_type %d", eventType).isInstanceOf(type);
            assertThat(event.eventType()).isEqualTo(eventType);
            assertThat(body.toString()).contains("s_1").doesNotContain("\"sign\"");
        }
        assertThat(typed).isEqualTo(LvbEvents.knownTypes().size()).isEqualTo(LvbSampleEvents.types().size());
    }

    @Test
    void streamSamplesAreNewEachTimeSoThatADuplicateFilterLetsThemThrough() {
        for (int type : new int[] {0, 1, 100, 200}) {
            JsonObject a = LvbSampleEvents.of(type, 1L, "d", "live", "s", NOW).orElseThrow();
            JsonObject b = LvbSampleEvents.of(type, 1L, "d", "live", "s", NOW).orElseThrow();
            assertThat(a).as("event_type %d", type).isNotEqualTo(b);
        }
    }

    @Test
    void withoutAnAppIdTheFieldIsLeftOut() {
        assertThat(LvbSampleEvents.of(1, null, "d", "live", "s", NOW).orElseThrow()).doesNotContainKey("appid");
        assertThat(LvbSampleEvents.of(314, 7L, "d", "live", "s", NOW).orElseThrow().getJsonNumber("appid")
                .longValue()).isEqualTo(7L);
    }

    @Test
    void unknownTypesHaveNoSampleAndStreamNamesStayPlain() {
        assertThat(LvbSampleEvents.of(8, 1L, "d", "live", "s", NOW)).isEmpty();
        assertThatThrownBy(() -> LvbSampleEvents.of(314, 1L, "d", "live", "a\"b", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
