package dev.lvb.quarkus.deployment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lvb.core.event.LvbEvent;
import dev.lvb.core.event.LvbEvents;
import dev.lvb.core.event.PushErrorEvent;
import dev.lvb.core.event.StreamEndEvent;
import dev.lvb.core.json.LvbBinder;
import dev.lvb.core.json.LvbBinders;
import dev.lvb.core.testing.EventAgreement;
import dev.lvb.core.testing.EventCorpus;
import dev.lvb.quarkus.LvbAccount;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

/**
 * On Quarkus, notifications are bound by the binders generated at build time: the {@link LvbBinders} bean is the
 * generated one, both the default account's endpoint and a named account's bind with it (a decorator sees every
 * lookup), and it binds the corpus as JSON-B does, inside the application's class loader.
 */
class LvbGeneratedBindersTest {

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Lookups.class, Events.class))
            .overrideConfigKey("quarkus.lvb.devservices.enabled", "false")
            .overrideConfigKey("quarkus.lvb.app-id", "1252033264")
            .overrideConfigKey("quarkus.lvb.api-key", "api-key-1")
            .overrideConfigKey("quarkus.lvb.callback-key", "callback-key-1")
            .overrideConfigKey("quarkus.lvb.shop.app-id", "1252000002")
            .overrideConfigKey("quarkus.lvb.shop.api-key", "shop-key");

    @Inject
    LvbBinders binders;
    @Inject
    Events events;

    static String end(String stream, String key) {
        StreamEndEvent e = new StreamEndEvent(1252033264L, "x.livepush.myqcloud.com", "live", stream, stream,
                1_700_000_000L, "5911795891871911817", "10.0.0.1", "127.0.0.1", "", 1, "recv rtmp deleteStream",
                null, null, null, null, 61234L);
        return LvbEvents.toSignedJson(e, key, java.time.Instant.now().getEpochSecond() + 600).toString();
    }

    @Test
    void theBindersBeanHandsOutGeneratedBinders() {
        for (Class<? extends LvbEvent> type : LvbEvents.knownTypes()) {
            assertThat(binders.binder(type).getClass().getName()).as(type.getName())
                    .startsWith(LvbBinderProcessor.PACKAGE + ".");
        }
        assertThat(binders.binder(PushErrorEvent.Abnormal.class).getClass().getName())
                .isEqualTo(LvbBinderProcessor.PACKAGE + ".dev_lvb_core_event_PushErrorEvent_Abnormal_Binder");
    }

    @Test
    void theCallbackEndpointsBindWithTheGeneratedBinders() {
        Lookups.ASKED.clear();
        given().body(end("gen_1", "callback-key-1")).post("/lvb/callback").then().statusCode(200);
        assertThat(Lookups.ASKED).containsExactly(StreamEndEvent.class);
        assertThat(Lookups.FOUND).last().asString().startsWith(LvbBinderProcessor.PACKAGE + ".");

        given().body(end("gen_2", "shop-key")).post("/lvb/callback/shop").then().statusCode(200);
        assertThat(Lookups.ASKED).containsExactly(StreamEndEvent.class, StreamEndEvent.class);
        assertThat(events.received()).extracting(LvbEvent::streamId).containsExactly("gen_1", "gen_2");
        assertThat(events.received()).allSatisfy(e -> assertThat(e.raw()).containsKey("t").doesNotContainKey("sign"));
    }

    @Test
    void theGeneratedBindersBindTheCorpusAsJsonbDoes() {
        for (String text : EventCorpus.known()) {
            EventAgreement.assertAgree(text, binders);
        }
        for (Class<? extends LvbEvent> type : LvbEvents.knownTypes()) {
            assertThat(EventAgreement.assertAgree(EventCorpus.full(type).toString(), binders)).isNotNull();
        }
    }

    /** Sees every lookup of a binder, by whichever endpoint. */
    @Decorator
    @Priority(10)
    public abstract static class Lookups implements LvbBinders {
        static final List<Class<?>> ASKED = new CopyOnWriteArrayList<>();
        static final List<String> FOUND = new CopyOnWriteArrayList<>();

        @Inject
        @Delegate
        @Any
        LvbBinders delegate;

        @Override
        public <T> LvbBinder<T> binder(Class<T> type) {
            LvbBinder<T> found = delegate.binder(type);
            if (LvbEvent.class.isAssignableFrom(type)) {
                ASKED.add(type);
                FOUND.add(found == null ? "none" : found.getClass().getName());
            }
            return found;
        }
    }

    @ApplicationScoped
    public static class Events {
        private final List<LvbEvent> received = new CopyOnWriteArrayList<>();

        void on(@Observes @Any LvbEvent e) {
            received.add(e);
        }

        List<LvbEvent> received() {
            return received;
        }
    }
}
