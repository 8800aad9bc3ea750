package dev.lvb.client;

import java.lang.annotation.Annotation;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.enterprise.util.TypeLiteral;

/**
 * A stand-in CDI container holding at most one {@link LvbClientSettings} bean and any number of
 * {@link LvbCallListener} beans. While it holds no bean it behaves like "no container" ({@link IllegalStateException}),
 * which is also what every other test sees. Every activation starts a new container (a new {@code CDI} object, as a
 * Quarkus restart does), which stays the same object until the next activation or deactivation.
 */
final class FakeCdi extends CDI<Object> {

    private static volatile LvbClientSettings bean;
    private static volatile List<LvbCallListener> listeners = List.of();
    private static volatile FakeCdi container;
    private static volatile boolean installed;

    /** How many times listeners were looked up, in any container. */
    static final AtomicInteger LISTENER_LOOKUPS = new AtomicInteger();

    static synchronized void activate(LvbClientSettings settings) {
        install();
        bean = settings;
        container = new FakeCdi();
    }

    /** Starts a new container holding these listeners (and no settings). */
    static synchronized void activateListeners(LvbCallListener... beans) {
        install();
        bean = null;
        listeners = List.of(beans);
        container = new FakeCdi();
    }

    private static void install() {
        if (!installed) {
            CDI.setCDIProvider(() -> {
                FakeCdi current = container;
                if (current == null) {
                    throw new IllegalStateException("no CDI container (test)");
                }
                return current;
            });
            installed = true;
        }
    }

    static synchronized void deactivate() {
        bean = null;
        listeners = List.of();
        container = null;
    }

    @Override
    public BeanManager getBeanManager() {
        throw new IllegalStateException("no bean manager (test)");
    }

    @Override
    @SuppressWarnings("unchecked")
    public <U> Instance<U> select(Class<U> subtype, Annotation... qualifiers) {
        if (subtype == LvbCallListener.class) {
            LISTENER_LOOKUPS.incrementAndGet();
            return (Instance<U>) new Beans(List.copyOf(listeners));
        }
        LvbClientSettings current = bean;
        return (Instance<U>) new Beans(subtype == LvbClientSettings.class && current != null ? List.of(current)
                : List.of());
    }

    @Override
    public Instance<Object> select(Annotation... qualifiers) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <U> Instance<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isUnsatisfied() {
        return true;
    }

    @Override
    public boolean isAmbiguous() {
        return false;
    }

    @Override
    public void destroy(Object instance) {
    }

    @Override
    public Handle<Object> getHandle() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Iterable<? extends Handle<Object>> handles() {
        return List.of();
    }

    @Override
    public Iterator<Object> iterator() {
        return List.of().iterator();
    }

    @Override
    public Object get() {
        throw new UnsupportedOperationException();
    }

    /** An Instance with zero or more beans. */
    private static final class Beans implements Instance<Object> {
        private final List<?> values;

        Beans(List<?> values) {
            this.values = values;
        }

        @Override
        public Instance<Object> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U> Instance<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U> Instance<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isUnsatisfied() {
            return values.isEmpty();
        }

        @Override
        public boolean isAmbiguous() {
            return values.size() > 1;
        }

        @Override
        public void destroy(Object instance) {
        }

        @Override
        public Handle<Object> getHandle() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Iterable<? extends Handle<Object>> handles() {
            return List.of();
        }

        @Override
        @SuppressWarnings("unchecked")
        public Iterator<Object> iterator() {
            return (Iterator<Object>) values.iterator();
        }

        @Override
        public Object get() {
            if (values.size() != 1) {
                throw new jakarta.enterprise.inject.UnsatisfiedResolutionException("not one bean");
            }
            return values.get(0);
        }
    }
}
