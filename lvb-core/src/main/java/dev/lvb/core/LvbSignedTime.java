package dev.lvb.core;

/**
 * The {@code t} and {@code sign} pair that authenticates one LVB request or notification.
 *
 * @param t the expiry time in UNIX seconds
 * @param sign {@code md5(key + t)}; not a secret, but a replayable credential until {@code t}, so it is masked in
 *        {@link #toString()}
 */
public record LvbSignedTime(long t, String sign) {

    @Override
    public String toString() {
        return "LvbSignedTime[t=" + t + ", sign=***]";
    }
}
