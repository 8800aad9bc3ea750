package dev.lvb.core.error;

import java.util.Optional;

/** Cloud stream mixing answered with {@code code != 0}. */
public class LvbMixException extends LvbException {

    /** The non-zero mixing {@code code}. */
    private final int mixCode;

    /**
     * @param interfaceName the mixing operation called
     * @param mixCode the non-zero {@code code}
     * @param lvbMessage LVB's {@code message}
     */
    public LvbMixException(String interfaceName, int mixCode, String lvbMessage) {
        super(interfaceName, Integer.toString(mixCode), lvbMessage, describe(mixCode), null);
        this.mixCode = mixCode;
    }

    /** @return the mixing {@code code} */
    public int mixCode() {
        return mixCode;
    }

    /** @return its documented meaning, if LVB documents it */
    public Optional<LvbMixErrorCode> errorCode() {
        return LvbMixErrorCode.of(mixCode);
    }

    private static String describe(int code) {
        return LvbMixErrorCode.of(code).map(c -> "stream mixing failed: " + c.name() + " (" + c.description() + ")")
                .orElse("stream mixing failed");
    }
}
