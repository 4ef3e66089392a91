package org.firstmile.testsupport.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a benchmark run measures and how long: {@code --scale 1 --compare-scale 10 --seconds 20 ...}, and with
 * {@code --only reports,opendata} only some of its parts; {@code --profile true} records the report benchmark's server
 * with Java Flight Recorder.
 */
record BenchOptions(double scale, double compareScale, int seconds, int warmupSeconds, int connections,
        int startupRuns, Set<String> parts, int batchTimeoutMinutes, boolean profile, Path out) {

    /** The parts of a run, in the order they run. */
    static final List<String> PARTS = List.of("startup", "statements", "pages", "opendata", "reports");
    /** Known to {@code --only} but never run by default: keeps the portfolio and a server up for profiling by hand. */
    static final String SERVE = "serve";

    static BenchOptions parse(String[] args) {
        double scale = 1;
        double compareScale = -1;
        int seconds = 20;
        int warmup = 10;
        int connections = 16;
        int startupRuns = 2;
        Set<String> parts = new LinkedHashSet<>(PARTS);
        int batchTimeout = 60;
        boolean profile = false;
        Path out = Path.of("reports", "bench", LocalDate.now() + ".md");
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Missing a value after " + args[i]);
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--scale" -> scale = Double.parseDouble(value);
                case "--compare-scale" -> compareScale = Double.parseDouble(value);
                case "--seconds" -> seconds = Integer.parseInt(value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--connections" -> connections = Integer.parseInt(value);
                case "--startup-runs" -> startupRuns = Integer.parseInt(value);
                case "--only" -> parts = parts(value);
                case "--batch-timeout-minutes" -> batchTimeout = Integer.parseInt(value);
                case "--profile" -> profile = Boolean.parseBoolean(value);
                case "--out" -> out = Path.of(value);
                default -> throw new IllegalArgumentException("Unknown option " + args[i] + " (known: --scale "
                        + "--compare-scale --seconds --warmup --connections --startup-runs --only "
                        + "--batch-timeout-minutes --profile --out)");
            }
        }
        if (compareScale < 0) {
            compareScale = scale * 10;
        }
        return new BenchOptions(scale, compareScale, seconds, warmup, connections, startupRuns, parts, batchTimeout,
                profile, out);
    }

    boolean runs(String part) {
        return parts.contains(part);
    }

    private static Set<String> parts(String list) {
        Set<String> parts = new LinkedHashSet<>(Arrays.asList(list.split(",")));
        parts.removeIf(String::isBlank);
        for (String part : parts) {
            if (!PARTS.contains(part) && !SERVE.equals(part)) {
                throw new IllegalArgumentException("Unknown part " + part + " in --only (known: "
                        + String.join(",", PARTS) + "," + SERVE + ")");
            }
        }
        return parts;
    }
}
