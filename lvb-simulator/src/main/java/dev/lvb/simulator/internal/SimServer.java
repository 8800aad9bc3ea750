package dev.lvb.simulator.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.lvb.core.LvbHost;
import dev.lvb.simulator.LvbSimulatorConfig;

/**
 * The JDK HTTP server behind a simulator: {@code /common_access} (both LVB hosts), {@code /simulator/...} (the
 * control API), HTTP 404 for every other path.
 */
public final class SimServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SimServer.class.getName());

    private final HttpServer server;
    private final ExecutorService executor;
    private final URI baseUri;
    private volatile ApiEndpoint api;
    private volatile ControlEndpoint control;
    private volatile CloudEndpoint cloud;

    private SimServer(HttpServer server, ExecutorService executor, URI baseUri) {
        this.server = server;
        this.executor = executor;
        this.baseUri = baseUri;
    }

    /**
     * Binds and starts serving; requests are answered with 503 until {@link #attach} is called.
     *
     * @param config bind address, port and thread count
     * @return the running server
     */
    public static SimServer bind(LvbSimulatorConfig config) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(config.bindAddress(), config.port()), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("could not listen on " + config.bindAddress() + ":" + config.port(), e);
        }
        ExecutorService executor = Executors.newFixedThreadPool(config.serverThreads(),
                new DaemonThreads("lvb-sim-server"));
        server.setExecutor(executor);
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().isAnyLocalAddress() ? "127.0.0.1" : address.getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        SimServer s = new SimServer(server, executor, URI.create("http://" + host + ":" + address.getPort()));
        server.createContext("/", s::dispatch);
        server.start();
        return s;
    }

    /** Connects the endpoints to a simulated account. */
    public void attach(Engine engine, ControlActions actions) {
        this.control = new ControlEndpoint(engine, actions);
        this.api = new ApiEndpoint(engine);
        this.cloud = new CloudEndpoint(engine);
    }

    /** @return {@code http://host:port} */
    public URI baseUri() {
        return baseUri;
    }

    /** @return the port listened on */
    public int port() {
        return server.getAddress().getPort();
    }

    private void dispatch(HttpExchange ex) {
        try {
            String path = ex.getRequestURI().getPath();
            ApiEndpoint a = api;
            ControlEndpoint c = control;
            if (a == null || c == null) {
                Http.send(ex, 503, Http.TEXT, "503 Service Unavailable");
            } else if (LvbHost.PATH.equals(path)) {
                a.handle(ex);
            } else if ("/".equals(path) && ex.getRequestHeaders().containsKey("X-TC-Action")) {
                cloud.handle(ex); // Tencent Cloud API 3.0

            } else if (path.equals(ControlEndpoint.PREFIX) || path.startsWith(ControlEndpoint.PREFIX + "/")) {
                c.handle(ex);
            } else {
                Http.send(ex, 404, Http.TEXT, "404 Not Found");
            }
        } catch (Http.TooLarge e) {
            sendQuietly(ex, 413, "413 Request Entity Too Large");
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "request I/O failed", e);
        } catch (RuntimeException | LinkageError | java.util.ServiceConfigurationError e) {
            // Answer even for class-loading trouble: a dropped connection reads as an unexplained network fault.
            LOG.log(System.Logger.Level.WARNING, "simulator failed to handle " + ex.getRequestMethod() + " "
                    + ex.getRequestURI().getPath(), e);
            sendQuietly(ex, 500, "500 Internal Server Error: " + e);
        } finally {
            ex.close();
        }
    }

    private static void sendQuietly(HttpExchange ex, int status, String text) {
        try {
            Http.send(ex, status, Http.TEXT, text);
        } catch (IOException | RuntimeException ignored) {
            // Headers were sent already, or the client left.
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
