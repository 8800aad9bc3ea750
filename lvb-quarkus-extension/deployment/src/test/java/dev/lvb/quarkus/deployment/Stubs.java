package dev.lvb.quarkus.deployment;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.sun.net.httpserver.HttpServer;

/**
 * Recording HTTP stubs of LVB's fcgi host, one per name and JVM, answering every call with success. What they
 * received is kept in a queue stored in the system properties, so that both loads of a test class (JUnit's and the
 * application's class loader) see the same one.
 */
final class Stubs {

    static final String OK = "{\"ret\":0,\"retcode\":0,\"errmsg\":\"\",\"message\":\"\"}";

    private Stubs() {
    }

    static synchronized String url(String name) {
        String property = "lvb.test.stub." + name;
        String known = System.getProperty(property);
        if (known != null) {
            return known;
        }
        Queue<String> queries = new ConcurrentLinkedQueue<>();
        System.getProperties().put(property + ".queries", queries);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/", exchange -> {
                queries.add(exchange.getRequestURI().getRawQuery());
                byte[] body = OK.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
            String url = "http://localhost:" + server.getAddress().getPort();
            System.setProperty(property, url);
            return url;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the raw query strings the stub received, oldest first */
    @SuppressWarnings("unchecked")
    static Queue<String> queries(String name) {
        return (Queue<String>) System.getProperties().get("lvb.test.stub." + name + ".queries");
    }
}
