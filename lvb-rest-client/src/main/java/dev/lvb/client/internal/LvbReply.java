package dev.lvb.client.internal;

/**
 * What an LVB API answered with a 2xx status: the body text exactly as received and its media type. Decoding (the
 * {@code ret}/{@code code} envelope, JSON errors) happens later, in {@link LvbCall}, where the interface is known.
 * Transport detail of {@link dev.lvb.client.LvbApi}; not an API.
 *
 * @param body the body decoded as text (UTF-8 unless the response names another charset), never {@code null}
 * @param mediaType the {@code Content-Type} as sent, or {@code null}
 */
public record LvbReply(String body, String mediaType) {

    public LvbReply {
        body = body == null ? "" : body;
    }

    @Override
    public String toString() {
        return "LvbReply[mediaType=" + mediaType + ", " + body.length() + " chars]";
    }
}
