package org.firstmile.testsupport.bench;

import java.nio.file.Path;
import java.time.LocalDate;

/** What a benchmark run measures and how long: {@code --scale 1 --compare-scale 10 --seconds 20 ...}. */
record BenchOptions(double scale, double compareScale, int seconds, int warmupSeconds, int connections,
        int startupRuns, Path out) {

    static BenchOptions parse(String[] args) {
        double scale = 1;
        double compareScale = -1;
        int seconds = 20;
        int warmup = 5;
        int connections = 16;
        int startupRuns = 2;
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
                case "--out" -> out = Path.of(value);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + " (known: --scale --compare-scale --seconds --warmup --connections --startup-runs --out)");
            }
        }
        if (compareScale < 0) {
            compareScale = scale * 10;
        }
        return new BenchOptions(scale, compareScale, seconds, warmup, connections, startupRuns, out);
    }
}
