package dev.lvb.callback.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.lvb.core.event.LvbEvent;
import dev.lvb.core.event.StreamBeginEvent;
import dev.lvb.core.event.StreamEndEvent;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.ObserverMethod;

/** The dispatcher against a stand-in container: which of fire and fireAsync it calls, and when it asks. */
class LvbEventDispatcherTest {

    static final StreamBeginEvent BEGIN = new StreamBeginEvent(1L, null, null, "s", "s", null, null, null, null, null,
            null, null, null, null, null, null);
    static final StreamEndEvent END = new StreamEndEvent(1L, null, null, "s", "s", null, null, null, null, null, null,
            null, null, null, null, null, null);

    /** Records what the dispatcher fires. */
    static final class Events {
        final List<Object> fired = new CopyOnWriteArrayList<>();
        final List<Object> firedAsync = new CopyOnWriteArrayList<>();
        RuntimeException syncFailure;

        @SuppressWarnings("unchecked")
        Event<LvbEvent> proxy() {
            return (Event<LvbEvent>) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Event.class },
                    (p, method, args) -> switch (method.getName()) {
                        case "fire" -> {
                            if (syncFailure != null) {
                                throw syncFailure;
                            }
                            fired.add(args[0]);
                            yield null;
                        }
                        case "fireAsync" -> {
                            firedAsync.add(args[0]);
                            yield CompletableFuture.completedFuture(args[0]);
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    /** A container whose observers of every event are the given ones; counts the questions it is asked. */
    static final class Container {
        final AtomicInteger resolutions = new AtomicInteger();
        final List<Set<Annotation>> qualifiersAsked = new ArrayList<>();
        final List<ObserverMethod<?>> observers;
        RuntimeException failure;

        Container(Boolean... async) {
            observers = new ArrayList<>();
            for (Boolean a : async) {
                observers.add(observer(a));
            }
        }

        BeanManager proxy() {
            return (BeanManager) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] { BeanManager.class }, (p, method, args) -> {
                        if (!method.getName().equals("resolveObserverMethods")) {
                            throw new UnsupportedOperationException(method.getName());
                        }
                        resolutions.incrementAndGet();
                        qualifiersAsked.add(Set.of((Annotation[]) args[1]));
                        if (failure != null) {
                            throw failure;
                        }
                        return new LinkedHashSet<>(observers);
                    });
        }

        static ObserverMethod<?> observer(boolean async) {
            return (ObserverMethod<?>) Proxy.newProxyInstance(Container.class.getClassLoader(),
                    new Class<?>[] { ObserverMethod.class }, (p, method, args) -> switch (method.getName()) {
                        case "isAsync" -> async;
                        case "hashCode" -> System.identityHashCode(p);
                        case "equals" -> p == args[0];
                        case "toString" -> async ? "async observer" : "observer";
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    @Test
    void withoutAnAsyncObserverNothingIsFiredAsynchronously() {
        Events events = new Events();
        Container container = new Container(false, false);
        LvbEventDispatcher dispatcher = new LvbEventDispatcher(events.proxy(), container.proxy());

        dispatcher.accept(BEGIN);
        dispatcher.accept(BEGIN);
        dispatcher.accept(END);

        assertThat(events.fired).containsExactly(BEGIN, BEGIN, END);
        assertThat(events.firedAsync).isEmpty();
        // asked once per event class, with the qualifiers the fired events carry
        assertThat(container.resolutions).hasValue(2);
        assertThat(container.qualifiersAsked).allSatisfy(
                q -> assertThat(q).containsExactlyInAnyOrder(Default.Literal.INSTANCE, Any.Literal.INSTANCE));
    }

    @Test
    void withoutAnyObserverNothingIsFiredAsynchronously() {
        Events events = new Events();
        LvbEventDispatcher dispatcher = new LvbEventDispatcher(events.proxy(), new Container().proxy());

        dispatcher.accept(BEGIN);

        assertThat(events.fired).containsExactly(BEGIN);
        assertThat(events.firedAsync).isEmpty();
    }

    @Test
    void anAsyncObserverIsStillNotified() {
        Events events = new Events();
        Container container = new Container(false, true);
        LvbEventDispatcher dispatcher = new LvbEventDispatcher(events.proxy(), container.proxy());

        dispatcher.accept(BEGIN);
        dispatcher.accept(BEGIN);

        assertThat(events.fired).containsExactly(BEGIN, BEGIN);
        assertThat(events.firedAsync).containsExactly(BEGIN, BEGIN);
        assertThat(container.resolutions).hasValue(1);
    }

    @Test
    void whenTheContainerCannotTellBothAreFiredAsBefore() {
        Events events = new Events();
        Container container = new Container(false);
        container.failure = new IllegalArgumentException("not supported here");
        LvbEventDispatcher dispatcher = new LvbEventDispatcher(events.proxy(), container.proxy());

        dispatcher.accept(BEGIN);

        assertThat(events.fired).containsExactly(BEGIN);
        assertThat(events.firedAsync).containsExactly(BEGIN);
    }

    @Test
    void aFailingSynchronousObserverStopsTheAsynchronousOnes() {
        Events events = new Events();
        events.syncFailure = new IllegalStateException("observer failed");
        LvbEventDispatcher dispatcher = new LvbEventDispatcher(events.proxy(), new Container(true).proxy());

        assertThatThrownBy(() -> dispatcher.accept(BEGIN)).hasMessage("observer failed");
        assertThat(events.firedAsync).isEmpty();
    }
}
