package dev.lvb.core.error;

import java.util.Locale;
import java.util.Optional;

/**
 * LVB's front end refused the call before any API ran: the APPID is wrong or the API is not enabled, or the
 * signature is wrong or expired. These arrive as texts (in a JSON message or as a bare body).
 */
public class LvbFrontEndException extends LvbException {

    /** The documented front-end refusals. */
    public enum Reason {
        /** {@code appid is invalid}: wrong APPID, or the API is not enabled for the account. */
        APPID_INVALID("appid is invalid", "wrong app id, or the API is not enabled for this account"),
        /** {@code cmd is invalid}: wrong APPID on the statistics host, or statistics not enabled. */
        CMD_INVALID("cmd is invalid", "wrong app id, or the statistics API is not enabled for this account"),
        /** {@code sign invalid}: the API key does not match. */
        SIGN_INVALID("sign invalid", "signature rejected: check the API key"),
        /** {@code time expired}: {@code t} had passed when LVB received the call. */
        TIME_EXPIRED("time expired", "t had expired when LVB received the call: check the clock and the validity");

        private final String text;
        private final String explanation;

        Reason(String text, String explanation) {
            this.text = text;
            this.explanation = explanation;
        }

        /** @return the text LVB sends */
        public String text() {
            return text;
        }

        /**
         * @param message any text LVB sent
         * @return the refusal it contains, if any
         */
        public static Optional<Reason> find(String message) {
            if (message == null) {
                return Optional.empty();
            }
            String lower = message.toLowerCase(Locale.ROOT);
            for (Reason r : values()) {
                if (lower.contains(r.text)) {
                    return Optional.of(r);
                }
            }
            return Optional.empty();
        }
    }

    /** Which refusal of LVB's front end this is. */
    private final Reason reason;

    /**
     * @param interfaceName the LVB interface called
     * @param reason the refusal
     * @param lvbMessage the text LVB sent
     */
    public LvbFrontEndException(String interfaceName, Reason reason, String lvbMessage) {
        super(interfaceName, reason.text(), lvbMessage, "LVB refused the call: " + reason.explanation, null);
        this.reason = reason;
    }

    /** @return which refusal */
    public Reason reason() {
        return reason;
    }
}
