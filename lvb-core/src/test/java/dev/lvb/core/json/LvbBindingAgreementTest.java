package dev.lvb.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.lvb.core.error.LvbProtocolException;
import dev.lvb.core.event.LvbEvents;
import dev.lvb.core.event.PushErrorEvent;
import dev.lvb.core.internal.LvbBindingPlan;
import dev.lvb.core.testing.EventAgreement;
import dev.lvb.core.testing.EventCorpus;
import dev.lvb.core.testing.PlanBinders;
import dev.lvb.core.testing.Property;
import jakarta.json.JsonObject;

/**
 * The readers of {@link LvbBinding}, following {@link LvbBindingPlan} (what the Quarkus extension generates code
 * from), bind every notification as JSON-B does. The deployment module repeats this with the generated binders.
 */
class LvbBindingAgreementTest {

    private final PlanBinders binders = new PlanBinders();

    @Test
    void everyKnownBodyBindsAlike() {
        List<String> known = EventCorpus.known();
        assertThat(known).hasSizeGreaterThan(40);
        for (String text : known) {
            EventAgreement.assertAgree(text, binders);
        }
    }

    @Test
    void everyFieldOfEveryEventIsReadUnderItsWireName() throws Exception {
        EventAgreement.assertEveryComponentBound(binders);
    }

    @Test
    void hostileBodiesBindAlikeOrFailAlike() {
        Property.forAll("plan binders agree with JSON-B", 3000, EventCorpus.hostile(),
                text -> EventAgreement.assertAgree(text, binders));
    }

    @Test
    void nestedItemsKeepTheirOwnRawAndTheBodyKeepsAllButSign() {
        String text = """
                {"event_type":321,"raw":{"x":1},"sign":"s","t":1,"abnormal_event":[{"type":1,"detail":{"desc":"d"}}]}""";
        PushErrorEvent e = (PushErrorEvent) EventAgreement.assertAgree(text, binders);
        assertThat(e.raw()).doesNotContainKey("sign").containsKeys("raw", "t");
        assertThat(e.abnormalEvents().get(0).details()).hasSize(1);
    }

    @Test
    void aRefusedValueIsTheSameProtocolErrorAsWithJsonb() {
        JsonObject body = LvbJson.parseObject("{\"event_type\":0,\"appid\":true}");
        assertThatThrownBy(() -> LvbEvents.fromJson(body, null, binders)).isInstanceOf(LvbProtocolException.class)
                .hasMessageContaining("unexpected value types in LVB's JSON: expected an integer, got TRUE");
    }

    @Test
    void everyEventRecordHasAPlan() {
        assertThat(LvbBindingPlan.closure(LvbEvents.knownTypes())).contains(PushErrorEvent.Abnormal.class,
                PushErrorEvent.Detail.class).hasSizeGreaterThan(LvbEvents.knownTypes().size());
    }

    public record Unsupported(java.util.Map<String, String> map) {
    }

    @Test
    void anUnsupportedComponentIsRefusedByName() {
        assertThatThrownBy(() -> LvbBindingPlan.of(Unsupported.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LvbBindingAgreementTest$Unsupported, component map: type java.util.Map");
    }
}
