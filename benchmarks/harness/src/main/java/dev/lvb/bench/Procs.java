package dev.lvb.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Child JVMs of the harness (stub, applications): start, log, wait for a line, read CPU time, stop. */
final class Procs {

    /** Clock ticks per second of /proc/<pid>/stat (USER_HZ; 100 on Linux x86). */
    static final long CLK_TCK = 100;

    private Procs() {
    }

    /** The java launcher running this harness. */
    static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress("127.0.0.1", 0));
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A started child whose output goes to a log file (and is watched for a line). */
    static final class Child implements AutoCloseable {
        final Process process;
        final long startNanos;
        private final CountDownLatch matched = new CountDownLatch(1);
        private volatile long matchedNanos;
        private volatile String matchedLine;

        private Child(Process process, long startNanos) {
            this.process = process;
            this.startNanos = startNanos;
        }

        /** @return the watched line, once printed */
        String matchedLine() {
            return matchedLine;
        }

        long pid() {
            return process.pid();
        }

        /** Waits for the line the child was started to watch for; returns its time since start, in ns. */
        long awaitLine(long timeoutSeconds) throws InterruptedException {
            if (!matched.await(timeoutSeconds, TimeUnit.SECONDS)) {
                throw new IllegalStateException("child " + pid() + " did not print the expected line in "
                        + timeoutSeconds + " s (alive: " + process.isAlive() + ")");
            }
            return matchedNanos - startNanos;
        }

        @Override
        public void close() {
            if (!process.isAlive()) {
                return;
            }
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * @param command the command line
     * @param log where its output goes (appended)
     * @param watch the line to wait for with {@link Child#awaitLine}, or {@code null}
     */
    static Child start(List<String> command, Path log, Predicate<String> watch) throws IOException {
        Files.createDirectories(log.getParent());
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        long start = System.nanoTime();
        Process p = pb.start();
        Child child = new Child(p, start);
        Thread pump = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8));
                    PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8,
                            java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (child.matched.getCount() > 0 && watch != null && watch.test(line)) {
                        child.matchedNanos = System.nanoTime();
                        child.matchedLine = line;
                        child.matched.countDown();
                    }
                    out.println(line);
                    out.flush();
                }
            } catch (IOException ignored) {
                // the child ended
            }
        }, "log-" + p.pid());
        pump.setDaemon(true);
        pump.start();
        return child;
    }

    static List<String> javaCommand(List<String> jvmArgs, String... rest) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java());
        cmd.addAll(jvmArgs);
        cmd.addAll(List.of(rest));
        return cmd;
    }

    /** User + system CPU time of a process so far, in ns (from /proc/<pid>/stat, 10 ms resolution). */
    static long cpuNanos(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // Fields after the ")" that closes the command name: state is field 3, utime 14, stime 15.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return ticks * (1_000_000_000L / CLK_TCK);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Resident set size of a process in bytes (VmRSS), or -1. */
    static long rssBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through
        }
        return -1;
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }
}
