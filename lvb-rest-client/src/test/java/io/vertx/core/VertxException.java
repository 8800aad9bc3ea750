package io.vertx.core;

/** Stand-in for Vert.x's root exception (Vert.x is not on this module's classpath): only its name matters. */
public class VertxException extends RuntimeException {
    public VertxException(String message) {
        super(message);
    }
}
