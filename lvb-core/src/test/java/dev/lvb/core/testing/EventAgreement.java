package dev.lvb.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;

import dev.lvb.core.error.LvbProtocolException;
import dev.lvb.core.event.LvbEvent;
import dev.lvb.core.event.LvbEvents;
import dev.lvb.core.json.LvbBinders;
import dev.lvb.core.json.LvbJson;
import jakarta.json.JsonObject;

/** Asserts that binders bind a notification exactly as JSON-B does: the same event and raw JSON, or both refuse it. */
public final class EventAgreement {

    private EventAgreement() {
    }

    /**
     * @param text a notification body
     * @param binders the binders to compare with JSON-B
     * @return the event both bound, {@code null} when both refused the body
     */
    public static LvbEvent assertAgree(String text, LvbBinders binders) {
        JsonObject body = LvbJson.parseObject(text);
        LvbEvent expected = null;
        LvbProtocolException expectedFailure = null;
        try {
            expected = LvbEvents.fromJson(body, text);
        } catch (LvbProtocolException e) {
            expectedFailure = e;
        }
        LvbEvent actual = null;
        LvbProtocolException actualFailure = null;
        try {
            actual = LvbEvents.fromJson(body, text, binders);
        } catch (LvbProtocolException e) {
            actualFailure = e;
        }
        if (expectedFailure != null) {
            assertThat(actualFailure).as("JSON-B refused it (%s), the binders bound %s", expectedFailure.getMessage(),
                    actual).isNotNull();
            return null;
        }
        assertThat(actualFailure).as("JSON-B bound %s", expected).isNull();
        assertThat(actual).isInstanceOf(expected.getClass()).isEqualTo(expected);
        assertThat(actual.raw()).isEqualTo(expected.raw());
        assertThat(actual.toString()).isEqualTo(expected.toString());
        return actual;
    }

    /**
     * Binds, for every event type, a body with every field set and requires every component to be read: a binder
     * that reads a field under a wrong wire name leaves it {@code null}.
     *
     * @param binders the binders to compare with JSON-B
     * @throws ReflectiveOperationException when a component cannot be read
     */
    public static void assertEveryComponentBound(LvbBinders binders) throws ReflectiveOperationException {
        for (Class<? extends LvbEvent> type : LvbEvents.knownTypes()) {
            LvbEvent event = assertAgree(EventCorpus.full(type).toString(), binders);
            assertThat(event).as(type.getSimpleName()).isNotNull();
            for (RecordComponent c : type.getRecordComponents()) {
                assertThat(c.getAccessor().invoke(event)).as(type.getSimpleName() + "." + c.getName()).isNotNull();
            }
        }
    }
}
