package dev.lvb.quarkus.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.lvb.core.event.LvbEvent;
import dev.lvb.core.event.LvbEvents;
import dev.lvb.core.event.PushErrorEvent;
import dev.lvb.core.event.RecordingErrorEvent;
import dev.lvb.core.json.LvbBinders;
import dev.lvb.core.testing.EventAgreement;
import dev.lvb.core.testing.EventCorpus;
import dev.lvb.core.testing.Property;

/**
 * The generated binders, loaded straight from the bytes the build step writes: for every event model they bind every
 * body of the corpus (samples, the tests' bodies, one body with every field set, hostile variants) exactly as JSON-B
 * does. A wire name mapped wrongly leaves a field of the full body {@code null} or different: caught here.
 */
class LvbBinderGeneratorTest {

    static LvbBinders binders;
    static final Map<String, byte[]> CLASSES = new HashMap<>();

    @BeforeAll
    static void generate() throws Exception {
        LvbBinderProcessor.generate(LvbEvents.knownTypes(), CLASSES::put, CLASSES::put);
        ClassLoader loader = new ClassLoader(LvbBinderGeneratorTest.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] bytes = CLASSES.get(name.replace('.', '/'));
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                return defineClass(name, bytes, 0, bytes.length);
            }
        };
        binders = (LvbBinders) loader.loadClass(LvbBinderProcessor.REGISTRY).getConstructor().newInstance();
    }

    @Test
    void everyEventRecordAndEveryRecordInsideOneHasAGeneratedBinder() {
        for (Class<? extends LvbEvent> type : LvbEvents.knownTypes()) {
            assertThat(binders.binder(type)).as(type.getName()).isNotNull();
        }
        for (Class<?> nested : List.of(PushErrorEvent.Abnormal.class, PushErrorEvent.Detail.class,
                RecordingErrorEvent.Failure.class)) {
            assertThat(binders.binder(nested).getClass().getName()).isEqualTo(LvbBinderProcessor.binderName(nested));
        }
        assertThat(binders.binder(String.class)).isNull();
    }

    @Test
    void everyKnownBodyBindsAsWithJsonb() {
        for (String text : EventCorpus.known()) {
            EventAgreement.assertAgree(text, binders);
        }
    }

    @Test
    void everyFieldOfEveryEventIsReadUnderItsWireName() throws Exception {
        EventAgreement.assertEveryComponentBound(binders);
    }

    @Test
    void hostileBodiesBindAsWithJsonbOrFailAsWithJsonb() {
        Property.forAll("generated binders agree with JSON-B", 3000, EventCorpus.hostile(),
                text -> EventAgreement.assertAgree(text, binders));
    }

    /** A model no binder can read: a map. */
    public record Unsupported(@jakarta.json.bind.annotation.JsonbProperty("m") Map<String, String> values) {
    }

    /** A record holding it: the nested record's component is named too. */
    public record Holder(@jakarta.json.bind.annotation.JsonbProperty("inner") Unsupported inner) {
    }

    @Test
    void anUnsupportedComponentFailsTheBuildNamingRecordAndComponent() {
        assertThatThrownBy(() -> LvbBinderProcessor.generate(List.of(Holder.class), (n, b) -> {
        }, (n, b) -> {
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot generate its event binders")
                .hasMessageContaining("LvbBinderGeneratorTest$Unsupported, component values")
                .hasMessageContaining("java.util.Map<java.lang.String, java.lang.String>");
    }
}
