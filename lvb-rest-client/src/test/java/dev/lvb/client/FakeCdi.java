package dev.lvb.client;

import java.lang.annotation.Annotation;
import java.util.Iterator;
import java.util.List;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.enterprise.util.TypeLiteral;

/**
 * A stand-in CDI container holding at most one {@link LvbClientSettings} bean. While no bean is set it behaves like
 * "no container" ({@link IllegalStateException}), which is also what every other test sees.
 */
final class FakeCdi extends CDI<Object> {

    private static volatile LvbClientSettings bean;
    private static volatile boolean installed;

    static synchronized void activate(LvbClientSettings settings) {
        if (!installed) {
            CDI.setCDIProvider(() -> {
                if (bean == null) {
                    throw new IllegalStateException("no CDI container (test)");
                }
                return new FakeCdi();
            });
            installed = true;
        }
        bean = settings;
    }

    static void deactivate() {
        bean = null;
    }

    @Override
    public BeanManager getBeanManager() {
        throw new IllegalStateException("no bean manager (test)");
    }

    @Override
    @SuppressWarnings("unchecked")
    public <U> Instance<U> select(Class<U> subtype, Annotation... qualifiers) {
        LvbClientSettings current = bean;
        return (Instance<U>) new One(subtype == LvbClientSettings.class ? current : null);
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

    /** An Instance with zero or one bean. */
    private static final class One implements Instance<Object> {
        private final Object value;

        One(Object value) {
            this.value = value;
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
            return value == null;
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
            return value == null ? List.of().iterator() : List.of(value).iterator();
        }

        @Override
        public Object get() {
            if (value == null) {
                throw new jakarta.enterprise.inject.UnsatisfiedResolutionException("no bean");
            }
            return value;
        }
    }
}
