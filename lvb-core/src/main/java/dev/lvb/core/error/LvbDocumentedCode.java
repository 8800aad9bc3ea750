package dev.lvb.core.error;

import java.util.Optional;

/**
 * The one shape of LVB's documented error codes: a number LVB sends and its documented meaning. The legacy APIs'
 * {@code ret} values are {@link LvbErrorCode}, stream mixing's {@code code} values {@link LvbMixErrorCode}.
 */
public interface LvbDocumentedCode {

    /** @return the number on the wire */
    int value();

    /** @return LVB's documented meaning */
    String description();

    /** @return the constant's name */
    String name();

    /**
     * @param <E> the set of codes
     * @param codes the set of codes to look in
     * @param value a number from the wire
     * @return the documented code, if it is one of the set
     */
    static <E extends Enum<E> & LvbDocumentedCode> Optional<E> find(Class<E> codes, int value) {
        for (E c : codes.getEnumConstants()) {
            if (c.value() == value) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
