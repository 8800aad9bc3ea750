package dev.lvb.core.error;

import dev.lvb.core.LvbVerification;

/** A notification's {@code t}/{@code sign} was rejected. */
public class LvbSignatureException extends LvbException {

    /** Why the notification was rejected. */
    private final LvbVerification.Reason reason;

    /**
     * @param reason why it was rejected
     * @param detail a short explanation without secrets
     */
    public LvbSignatureException(LvbVerification.Reason reason, String detail) {
        super(null, reason.name(), null, "notification rejected: " + detail, null);
        this.reason = reason;
    }

    /** @return why */
    public LvbVerification.Reason reason() {
        return reason;
    }
}
