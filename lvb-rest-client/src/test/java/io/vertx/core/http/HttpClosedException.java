package io.vertx.core.http;

/** Stand-in for what Quarkus' REST client throws when a connection closes mid-reply. */
public class HttpClosedException extends io.vertx.core.VertxException {
    public HttpClosedException(String message) {
        super(message);
    }
}
