package dev.lvb.simulator.internal;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import dev.lvb.simulator.LvbSimulator;
import dev.lvb.simulator.LvbSimulatorConfig;

/**
 * The executable jar's entry point ({@code java -jar lvb-simulator-<version>-runner.jar --port=8999}): runs one
 * simulator until the process stops. Options are documented in {@code docs/simulator.md}; each one can also come
 * from an environment variable.
 */
public final class Main {

    static final String USAGE = "usage: java -jar lvb-simulator-<version>-runner.jar [--port=8999] [--bind=127.0.0.1]"
            + " [--app-id=N] [--api-key=K] [--callback-key=K] [--callback-url=URL] [--screenshot-seconds=N]"
            + " [--push-domain=D] [--play-domain=D]";

    /** Option name → environment variable. */
    private static final Map<String, String> OPTIONS = new LinkedHashMap<>();

    static {
        OPTIONS.put("port", "LVB_SIM_PORT");
        OPTIONS.put("bind", "LVB_SIM_BIND");
        OPTIONS.put("app-id", "LVB_SIM_APP_ID");
        OPTIONS.put("api-key", "LVB_SIM_API_KEY");
        OPTIONS.put("callback-key", "LVB_SIM_CALLBACK_KEY");
        OPTIONS.put("callback-url", "LVB_SIM_CALLBACK_URL");
        OPTIONS.put("screenshot-seconds", "LVB_SIM_SCREENSHOT_SECONDS");
        OPTIONS.put("push-domain", "LVB_SIM_PUSH_DOMAIN");
        OPTIONS.put("play-domain", "LVB_SIM_PLAY_DOMAIN");
    }

    private Main() {
    }

    /**
     * Runs a simulator until the process is stopped.
     *
     * @param args {@code --name=value} options
     * @throws InterruptedException when interrupted while running
     */
    public static void main(String[] args) throws InterruptedException {
        LvbSimulatorConfig config;
        try {
            config = config(args, System::getenv);
        } catch (IllegalArgumentException e) {
            System.err.println("lvb-simulator: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        // Here the simulator owns the JVM, so it may set this JVM-wide switch (embedded, it is the host's choice):
        // the JDK server writes headers and body separately, and without TCP_NODELAY each answer waits for the
        // client's delayed ACK, about 45 ms per call instead of 2 ms on loopback.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        LvbSimulator simulator = LvbSimulator.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "lvb-sim-shutdown"));
        printStarted(simulator, System.out);
        new CountDownLatch(1).await();
    }

    static void printStarted(LvbSimulator simulator, PrintStream out) {
        out.println("LVB simulator listening on " + simulator.baseUri() + " (API " + simulator.apiUri()
                + ", control " + simulator.baseUri() + ControlEndpoint.PREFIX + "), APPID "
                + simulator.config().appId());
        out.flush();
    }

    /**
     * @param args {@code --name=value} options, which win over the environment
     * @param env environment lookup
     * @return the configuration, default port 8999
     * @throws IllegalArgumentException for an unknown option or a bad value, naming it
     */
    static LvbSimulatorConfig config(String[] args, java.util.function.UnaryOperator<String> env) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (!a.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("not a --name=value option: " + a);
            }
            String name = a.substring(2, eq);
            if (!OPTIONS.containsKey(name)) {
                throw new IllegalArgumentException("unknown option --" + name);
            }
            given.put(name, a.substring(eq + 1));
        }
        LvbSimulatorConfig.Builder b = LvbSimulatorConfig.builder().port(8999);
        for (Map.Entry<String, String> o : OPTIONS.entrySet()) {
            Optional<String> value = Optional.ofNullable(given.getOrDefault(o.getKey(), env.apply(o.getValue())))
                    .map(String::trim).filter(s -> !s.isEmpty());
            if (value.isPresent()) {
                try {
                    apply(b, o.getKey(), value.get());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("--" + o.getKey() + ": " + e.getMessage(), e);
                }
            }
        }
        return b.build();
    }

    private static void apply(LvbSimulatorConfig.Builder b, String name, String v) {
        switch (name) {
            case "port" -> b.port(Integer.parseInt(v));
            case "bind" -> b.bindAddress(v);
            case "app-id" -> b.appId(Long.parseLong(v));
            case "api-key" -> b.apiKey(v);
            case "callback-key" -> b.callbackKey(v);
            case "callback-url" -> b.callbackUrl(URI.create(v));
            case "screenshot-seconds" -> b.screenshotInterval(Duration.ofSeconds(Long.parseLong(v)));
            case "push-domain" -> b.pushDomain(v);
            case "play-domain" -> b.playDomain(v);
            default -> throw new IllegalStateException(name);
        }
    }
}
