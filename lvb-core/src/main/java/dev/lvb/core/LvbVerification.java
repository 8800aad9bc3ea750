package dev.lvb.core;

/**
 * The outcome of checking the {@code t} and {@code sign} of an LVB notification with
 * {@link LvbSignatureVerifier}: either {@link Accepted} or {@link Rejected} with a {@link Reason}.
 */
public sealed interface LvbVerification {

    /** @return whether the signature and expiry were accepted */
    boolean accepted();

    /**
     * The notification is authentic and not expired.
     *
     * @param t the verified expiry time in UNIX seconds
     */
    record Accepted(long t) implements LvbVerification {
        @Override
        public boolean accepted() {
            return true;
        }
    }

    /**
     * The notification must not be trusted.
     *
     * @param reason why
     * @param detail a short human-readable explanation that never contains a key or a signature
     */
    record Rejected(Reason reason, String detail) implements LvbVerification {
        @Override
        public boolean accepted() {
            return false;
        }
    }

    /** Why a notification was rejected. */
    enum Reason {
        /** {@code t} or {@code sign} is absent or empty. */
        MISSING,
        /** {@code t} is not a non-negative integer (decimal digits or an integral JSON number). */
        MALFORMED_T,
        /** {@code t}, an expiry time, lies in the past (beyond the allowed clock skew). */
        EXPIRED,
        /** {@code t} lies further ahead than the maximum lifetime plus the allowed clock skew. */
        TOO_FAR_IN_FUTURE,
        /** {@code sign} is not {@code md5(key + t)}. */
        MISMATCH
    }
}
