package dev.lvb.core.error;

import java.util.Optional;

/** LVB answered with {@code ret != 0}. */
public class LvbApiException extends LvbException {

    /** The non-zero {@code ret} LVB answered. */
    private final int ret;
    /** The {@code retcode} LVB also sent, or {@code null}. */
    private final Integer retcode;

    /**
     * @param interfaceName the LVB interface called
     * @param ret the non-zero {@code ret}
     * @param retcode the {@code retcode} LVB also sends, or {@code null}
     * @param lvbMessage {@code message} or {@code errmsg}
     */
    public LvbApiException(String interfaceName, int ret, Integer retcode, String lvbMessage) {
        super(interfaceName, Integer.toString(ret), lvbMessage, describe(ret), null);
        this.ret = ret;
        this.retcode = retcode;
    }

    /** @return LVB's {@code ret} */
    public int ret() {
        return ret;
    }

    /** @return LVB's {@code retcode}, when it sent one */
    public Optional<Integer> retcode() {
        return Optional.ofNullable(retcode);
    }

    /** @return the documented meaning of {@link #ret()}, if LVB documents it */
    public Optional<LvbErrorCode> errorCode() {
        return LvbErrorCode.of(ret);
    }

    private static String describe(int ret) {
        return LvbErrorCode.of(ret).map(c -> "LVB error " + c.name() + " (" + c.description() + ")")
                .orElse("LVB error");
    }
}
