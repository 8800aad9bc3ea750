package dev.lvb.client.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place this module looks into CDI, which is optional: "find beans if a CDI container is running". Without
 * the CDI API on the class path, or without a running container, every method answers "nothing" instead of failing.
 * The CDI types are confined to the nested {@code Lookup} class, so that this class links without them.
 */
final class LvbCdi {

    private static final boolean API_PRESENT = apiPresent();

    private LvbCdi() {
    }

    /**
     * The running container, as the object {@code CDI.current()} returns. Its identity tells containers apart: Quarkus
     * (ArC) installs a new CDI provider, with a new CDI object, for every container it starts (every dev-mode restart,
     * every test application), and keeps it for the container's life.
     *
     * @return the container's {@code CDI} object, or {@code null} when there is no CDI API or no running container
     */
    static Object container() {
        if (!API_PRESENT) {
            return null;
        }
        try {
            return Lookup.current();
        } catch (LinkageError noCdiApi) {
            return null;
        }
    }

    /**
     * @param type the bean type
     * @return the one bean of the type in the running container, or {@code null} when there is no container, no such
     *         bean or more than one
     */
    static <T> T find(Class<T> type) {
        if (!API_PRESENT) {
            return null;
        }
        try {
            return Lookup.find(type);
        } catch (LinkageError noCdiApi) {
            return null;
        }
    }

    /**
     * @param container what {@link #container()} returned
     * @param type the bean type
     * @return every bean of the type in that container (a reference to each), possibly none
     */
    static <T> List<T> all(Object container, Class<T> type) {
        if (container == null) {
            return List.of();
        }
        try {
            return Lookup.all(container, type);
        } catch (LinkageError noCdiApi) {
            return List.of();
        }
    }

    private static boolean apiPresent() {
        try {
            Class.forName("jakarta.enterprise.inject.spi.CDI", false, LvbCdi.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static final class Lookup {

        static Object current() {
            try {
                return jakarta.enterprise.inject.spi.CDI.current();
            } catch (IllegalStateException noContainer) {
                return null;
            }
        }

        static <T> T find(Class<T> type) {
            try {
                jakarta.enterprise.inject.Instance<T> instance = jakarta.enterprise.inject.spi.CDI.current()
                        .select(type);
                return instance.isResolvable() ? instance.get() : null;
            } catch (IllegalStateException noContainer) {
                return null;
            }
        }

        @SuppressWarnings("unchecked")
        static <T> List<T> all(Object container, Class<T> type) {
            List<T> beans = new ArrayList<>();
            for (T bean : ((jakarta.enterprise.inject.spi.CDI<Object>) container).select(type)) {
                beans.add(bean);
            }
            return beans;
        }
    }
}
