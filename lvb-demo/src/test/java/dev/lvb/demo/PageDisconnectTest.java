package dev.lvb.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lvb.simulator.LvbSimulatorControl;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * A page that is closed or reloaded drops its server-sent-events connection: that is normal, so it must leave no
 * error and no stack trace in the log (at most DEBUG), also when the next picture is written to the dead connection.
 */
@QuarkusTest
class PageDisconnectTest {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord r) {
            records.add(r);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void capture() {
        Logger.getLogger("").addHandler(handler);
    }

    @AfterEach
    void release() {
        Logger.getLogger("").removeHandler(handler);
    }

    @Test
    void closedPagesAndDroppedConnectionsLeaveNoErrorInTheLog() throws Exception {
        // the capture works: a WARN of the application's logging reaches it
        org.jboss.logging.Logger.getLogger("dev.lvb.demo.test").warn("capture probe");
        assertThat(records).anySatisfy(r -> assertThat(r.getMessage()).isEqualTo("capture probe"));
        records.clear();
        int port = RestAssured.port;
        LvbSimulatorControl simulator = LvbSimulatorControl.of(URI.create(
                ConfigProvider.getConfig().getValue(DemoSettings.SIMULATOR_URL_KEY, String.class)));
        for (int round = 0; round < 3; round++) {
            // a tab closed (FIN) and a connection dropped (RST), each after the first picture arrived
            openAndClose(port, false);
            openAndClose(port, true);
            String id = "disconnect_" + round;
            assertThat(simulator.push(id).status()).isEqualTo(200);
            // pages closed while pictures are being written to them (the screenshots change the picture)
            Thread burst = new Thread(() -> {
                for (int i = 0; i < 10; i++) {
                    simulator.screenshot(id);
                }
            });
            burst.start();
            for (int i = 0; i < 6; i++) {
                openAndClose(port, i % 2 == 0);
            }
            burst.join();
            // the later positive event: a fresh connection receives the picture that was also written to the dead ones
            awaitPictureWith(port, id);
        }
        assertThat(records).filteredOn(r -> r.getLevel().intValue() > Level.FINE.intValue())
                .filteredOn(r -> r.getThrown() != null || String.valueOf(r.getMessage()).contains("SSE"))
                .extracting(r -> r.getLevel() + " " + r.getLoggerName() + ": " + r.getMessage() + " "
                        + r.getThrown())
                .isEmpty();
    }

    private static void openAndClose(int port, boolean reset) throws Exception {
        Socket socket = new Socket("localhost", port);
        try {
            request(socket, port);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null && !line.startsWith("data:")) {
                // headers, then the first event
            }
            if (reset) {
                socket.setSoLinger(true, 0);
            }
        } finally {
            socket.close();
        }
    }

    private static void awaitPictureWith(int port, String id) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            request(socket, port);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("data:") && line.contains("\"streamId\":\"" + id + "\"")) {
                    return;
                }
            }
            throw new AssertionError("the connection ended before a picture with " + id);
        }
    }

    private static void request(Socket socket, int port) throws Exception {
        OutputStream out = socket.getOutputStream();
        out.write(("GET /streams/events HTTP/1.1\r\nHost: localhost:" + port
                + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
