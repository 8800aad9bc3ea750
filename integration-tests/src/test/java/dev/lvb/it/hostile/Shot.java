package dev.lvb.it.hostile;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * One request of the hostile-traffic suite and what the receiver must answer.
 *
 * @param category what kind of notification it is
 * @param variant how it was made (for the summary and failure messages)
 * @param body the body; for {@link Category#OVERSIZE} the valid notification that {@link #bytes()} pads
 * @param padTo when positive, the body's size after padding (built when sent: huge bodies are not kept)
 * @param chunked whether it is sent without Content-Length
 * @param contentType the Content-Type header, or {@code null} for none
 * @param group for a notification that must be acknowledged: the stream id of its event (each valid event has its
 *        own), else {@code null}
 * @param reject for a notification that must be refused: the statuses allowed, else {@code null}
 * @param streamId a stream id that must never reach an observer (a refused notification's), else {@code null}
 */
public record Shot(Category category, String variant, byte[] body, int padTo, boolean chunked, String contentType,
        String group, Set<Integer> reject, String streamId) {

    /** @return the bytes to send */
    public byte[] bytes() {
        if (padTo <= body.length) {
            return body;
        }
        // {"padding":"xxx...", <the notification's fields>}: still a correctly signed notification, only too big
        String head = "{\"padding\":\"";
        int fill = padTo - body.length - head.length() - 1;
        byte[] out = new byte[padTo];
        int i = 0;
        for (byte b : head.getBytes(StandardCharsets.US_ASCII)) {
            out[i++] = b;
        }
        Arrays.fill(out, i, i + Math.max(fill, 0), (byte) 'x');
        i += Math.max(fill, 0);
        out[i++] = '"';
        out[i++] = ',';
        System.arraycopy(body, 1, out, i, body.length - 1);
        return out;
    }

    /** @return whether the receiver must acknowledge it */
    public boolean mustAcknowledge() {
        return group != null;
    }

    @Override
    public String toString() {
        return category.label + "/" + variant + (chunked ? " (chunked)" : "") + " " + Plan.clip(bytes());
    }
}
