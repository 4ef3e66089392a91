package org.firstmile.testsupport.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs wrk (Debian's package) with {@code scripts/bench/latency.lua} and reads its result line. */
final class Wrk {

    private static final Pattern RESULT = Pattern.compile(
            "RESULT requests=(\\d+) duration_us=(\\d+) errors=(\\d+) p50=(\\d+) p95=(\\d+) p99=(\\d+)");

    record Result(long requests, double seconds, long errors, double p50Ms, double p95Ms, double p99Ms) {

        double requestsPerSecond() {
            return requests / seconds;
        }
    }

    private final int connections;
    private final int threads;

    Wrk(int connections, int threads) {
        this.connections = connections;
        this.threads = threads;
    }

    static void requireInstalled() {
        try {
            Process probe = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            probe.waitFor();
        } catch (IOException e) {
            throw new IllegalStateException("wrk is missing: apt-get install -y wrk");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Result run(URI uri, String cookie, int seconds) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections,
                "-d" + seconds + "s", "--timeout", "10s", "-s", "scripts/bench/latency.lua"));
        if (!cookie.isEmpty()) {
            command.addAll(List.of("-H", "Cookie: " + cookie));
        }
        command.add(uri.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("wrk failed on " + uri + ":\n" + output);
        }
        Matcher m = RESULT.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("No result line from wrk on " + uri + ":\n" + output);
        }
        return new Result(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)) / 1e6, Long.parseLong(m.group(3)),
                Long.parseLong(m.group(4)) / 1e3, Long.parseLong(m.group(5)) / 1e3, Long.parseLong(m.group(6)) / 1e3);
    }
}
