package dev.lvb.it.logs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Runs the application under test with DEBUG logging for the library ({@code dev.lvb}) and for Quarkus' REST client
 * ({@code io.quarkus.rest.client}, {@code org.jboss.resteasy.reactive.client}), and writes every log line of every
 * category, from the first line of the start on, to {@link #LOG_FILE}, which {@link LogScan} reads: the test that
 * proves no key reaches a log sees everything the whole run logged, not just its own calls. The console stays at
 * INFO, so the build log does not grow.
 * <p>
 * The receiver's handler ({@code LvbCallbackHandler}) logs to the file only: the stack traces of the observers that
 * fail on purpose stay out of the build log, as before. Quarkus' wire logging of the REST client
 * ({@code quarkus.rest-client.logging.scope}) stays off: it prints the signed URL, {@code sign} included (which,
 * LVB's signature covering {@code t} only, authorises any call until {@code t}); see {@code LogCaptureTest}.
 * <p>
 * Returned as configuration, so that it holds for {@code @QuarkusTest} and for the packaged application of the
 * {@code @QuarkusIntegrationTest} twins alike. The file is emptied at every start.
 */
public class LogCaptureResource implements QuarkusTestResourceLifecycleManager {

    /** Where the application under test logs (relative to the module: Surefire and Failsafe run there). */
    public static final Path LOG_FILE = Path.of("target", "lvb-logs", "application.log").toAbsolutePath();

    /** The named handler that writes {@link #LOG_FILE}. */
    static final String HANDLER = "capture";

    @Override
    public Map<String, String> start() {
        try {
            Files.createDirectories(LOG_FILE.getParent());
            try (var old = Files.newDirectoryStream(LOG_FILE.getParent(), LOG_FILE.getFileName() + "*")) {
                for (Path p : old) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> config = new LinkedHashMap<>();
        String handler = "quarkus.log.handler.file.\"" + HANDLER + "\".";
        config.put(handler + "enabled", "true");
        config.put(handler + "path", LOG_FILE.toString());
        config.put(handler + "level", "ALL");
        // the full category: LogScan tells the library's own lines by it
        config.put(handler + "format", "%d{HH:mm:ss,SSS} %-5p [%c] (%t) %s%e%n");
        config.put(handler + "rotation.max-file-size", "1G");
        config.put("quarkus.log.handlers", HANDLER);
        config.put("quarkus.log.console.level", "INFO");
        for (String category : new String[] { "dev.lvb", "io.quarkus.rest.client",
                "org.jboss.resteasy.reactive.client" }) {
            config.put("quarkus.log.category.\"" + category + "\".level", "DEBUG");
        }
        String receiver = "quarkus.log.category.\"dev.lvb.callback.internal.LvbCallbackHandler\".";
        config.put(receiver + "level", "DEBUG");
        config.put(receiver + "use-parent-handlers", "false");
        config.put(receiver + "handlers", HANDLER);
        return config;
    }

    @Override
    public void stop() {
    }
}
