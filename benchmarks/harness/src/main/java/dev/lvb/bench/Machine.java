package dev.lvb.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What the report says about the machine and the code measured. */
record Machine(String cpu, int cpus, String memory, String os, String jdk, String commit) {

    static Machine describe(Path repo) {
        String cpu = "?";
        int cpus = Runtime.getRuntime().availableProcessors();
        String memory = "?";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).trim();
                    break;
                }
            }
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    memory = String.format("%.1f GiB", kb / 1024.0 / 1024.0);
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            // keep "?"
        }
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                + System.getProperty("os.arch") + ")";
        String jdk = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " ("
                + System.getProperty("java.vendor") + ")";
        String head = git(repo, "rev-parse", "--short", "HEAD");
        String dirty = git(repo, "status", "--porcelain", "--untracked-files=no");
        String commit = head == null ? "?" : head + (dirty != null && !dirty.isBlank()
                ? " plus uncommitted changes in the working tree" : "");
        return new Machine(cpu, cpus, memory, os, jdk, commit);
    }

    private static String git(Path repo, String... args) {
        try {
            ProcessBuilder pb = new ProcessBuilder(new java.util.ArrayList<>(List.of("git", "-C", repo.toString())));
            pb.command().addAll(List.of(args));
            pb.redirectErrorStream(true);
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return null;
            }
            return out;
        } catch (IOException | InterruptedException e) {
            return null;
        }
    }
}
