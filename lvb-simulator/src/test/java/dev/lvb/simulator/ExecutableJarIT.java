package dev.lvb.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.lvb.core.LvbSignature;
import dev.lvb.core.json.LvbJson;
import jakarta.json.JsonObject;

/** The runner jar from this build starts with {@code java -jar} alone and answers signed and control calls. */
class ExecutableJarIT {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+) ");

    private Process process;

    @AfterEach
    void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void runsStandaloneOnAFreePortAndAnswersSignedAndControlCalls() throws Exception {
        Path jar = Path.of(System.getProperty("lvb.simulator.runner", "target/missing-runner.jar"));
        assertThat(jar).as("the shaded jar, built in package").exists();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(List.of(java, "-jar", jar.toString(), "--port=0", "--app-id=1400000001",
                "--api-key=it-api-key")).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = CompletableFuture.supplyAsync(() -> {
            try {
                for (String l; (l = out.readLine()) != null;) {
                    if (LISTENING.matcher(l).find()) {
                        return l;
                    }
                }
                return "exited: " + process.exitValue();
            } catch (Exception e) {
                return e.toString();
            }
        }).get(60, TimeUnit.SECONDS);
        Matcher m = LISTENING.matcher(line);
        assertThat(m.find()).as(line).isTrue();
        URI base = URI.create(m.group(1));

        assertThat(status(base, "it-api-key").getInt("ret")).as("unknown stream").isEqualTo(20601);

        var push = Lvb.send(base, "POST", "/simulator/streams/1400000001_it/push", "{}", "application/json");
        assertThat(push.statusCode()).as(push.body()).isEqualTo(200);
        assertThat(LvbJson.parseObject(push.body()).getBoolean("accepted")).isTrue();

        JsonObject live = status(base, "it-api-key");
        assertThat(live.getInt("ret")).as(live.toString()).isZero();
        assertThat(live.getJsonArray("output").getJsonObject(0).getInt("status")).isEqualTo(1);

        assertThat(Lvb.send(base, "GET", "/common_access?" + query("another-key"), null, null).body())
                .contains("sign invalid");
    }

    private static JsonObject status(URI base, String key) {
        return LvbJson.parseObject(Lvb.send(base, "GET", "/common_access?" + query(key), null, null).body());
    }

    private static String query(String key) {
        long t = Instant.now().getEpochSecond() + 60;
        return "appid=1400000001&interface=Live_Channel_GetStatus&t=" + t + "&sign=" + LvbSignature.sign(key, t)
                + "&Param.s.channel_id=1400000001_it";
    }
}
