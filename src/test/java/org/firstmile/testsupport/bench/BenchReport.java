package org.firstmile.testsupport.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects one run's figures and writes them, with their ratios and targets, as Markdown. */
final class BenchReport {

    private static final double PAGE_RATIO_TARGET = 0.60;
    private static final double P95_TARGET_MS = 150;
    private static final int STATEMENTS_TARGET = 8;
    private static final double STARTUP_RATIO_TARGET = 1.2;
    private static final String TRIVIAL_FACES = "Trivial Faces page (floor)";
    private static final String LAZY_TABLE = "Plain lazy table (floor)";

    private record Throughput(String page, boolean floor, Wrk.Result result, Wrk.Result pairedTable) {
    }

    private final BenchOptions options;
    private final List<String> generated = new ArrayList<>();
    private final List<Throughput> throughput = new ArrayList<>();
    private final Map<Double, Map<String, Integer>> statements = new LinkedHashMap<>();
    private List<Double> startupFirstMile = List.of();
    private List<Double> startupBare = List.of();
    private final List<String> sections = new ArrayList<>();

    BenchReport(BenchOptions options) {
        this.options = options;
    }

    void generated(String database, double scale, double seconds, String counts) {
        generated.add(String.format("- `%s` at scale %s, generated in %.0f s: %s", database, scale, seconds,
                counts.replace('\n', ';').replace("|", " ")));
    }

    /** A page's figures, with the lazy-table floor measured just before it ({@code null} for the floors). */
    void throughput(String page, boolean floor, Wrk.Result result, Wrk.Result pairedTable) {
        throughput.add(new Throughput(page, floor, result, pairedTable));
    }

    void statements(double scale, Map<String, Integer> counts) {
        statements.put(scale, counts);
    }

    /** A part's own section, written after the others: a Markdown heading and its figures. */
    void section(String markdown) {
        sections.add(markdown);
    }

    void startup(List<Double> firstMile, List<Double> bare) {
        startupFirstMile = firstMile;
        startupBare = bare;
    }

    void write() throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# FirstMile benchmark, ").append(Instant.now()).append("\n\n");
        md.append(String.format("Machine: %d cores, Java %s. Scale %s (compare %s), wrk %d connections, %d s per page "
                + "after %d s warm-up. Parts: %s.%n%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), options.scale(), options.compareScale(), options.connections(),
                options.seconds(), options.warmupSeconds(), String.join(", ", options.parts())));
        md.append("## Data\n\n");
        generated.forEach(line -> md.append(line).append('\n'));
        if (!throughput.isEmpty()) {
            appendThroughput(md);
        }
        if (!statements.isEmpty()) {
            appendStatements(md);
        }
        if (options.runs("startup")) {
            appendStartup(md);
        }
        sections.forEach(section -> md.append('\n').append(section));
        Files.createDirectories(options.out().toAbsolutePath().getParent());
        Files.writeString(options.out(), md.toString());
        System.out.println();
        System.out.println(md);
        System.out.println("Written to " + options.out());
    }

    private void appendThroughput(StringBuilder md) {
        double faces = requestsPerSecond(TRIVIAL_FACES);
        double table = requestsPerSecond(LAZY_TABLE);
        md.append("\n## Page throughput and latency\n\n");
        md.append(String.format("Target: each page at least %.0f%% of the plain lazy table's req/s (measured just before "
                + "the page), p95 at most %.0f ms.%n%n", PAGE_RATIO_TARGET * 100, P95_TARGET_MS));
        md.append("| page | req/s | p50 ms | p95 ms | p99 ms | errors | ratio to trivial Faces | lazy table just before "
                + "| ratio to it | target |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Throughput t : throughput) {
            Wrk.Result r = t.result();
            double floor = t.pairedTable() == null ? table : t.pairedTable().requestsPerSecond();
            double toTable = r.requestsPerSecond() / floor;
            String verdict = t.floor() ? "floor" : toTable >= PAGE_RATIO_TARGET && r.p95Ms() <= P95_TARGET_MS
                    && r.errors() == 0 ? "met" : "MISSED";
            md.append(String.format("| %s | %.1f | %.1f | %.1f | %.1f | %d | %.2f | %.1f | %.2f | %s |%n", t.page(),
                    r.requestsPerSecond(), r.p50Ms(), r.p95Ms(), r.p99Ms(), r.errors(), r.requestsPerSecond() / faces,
                    floor, toTable, verdict));
        }
    }

    private double requestsPerSecond(String page) {
        return throughput.stream().filter(t -> t.page().equals(page)).findFirst()
                .map(t -> t.result().requestsPerSecond()).orElse(Double.NaN);
    }

    private void appendStatements(StringBuilder md) {
        md.append("\n## SQL statements per page\n\n");
        md.append(String.format("Target: equal at every scale, and at most %d.%n%n", STATEMENTS_TARGET));
        List<Double> scales = new ArrayList<>(statements.keySet());
        md.append("| page |");
        scales.forEach(s -> md.append(" scale ").append(s).append(" |"));
        md.append(" target |\n|---|");
        scales.forEach(s -> md.append("---:|"));
        md.append("---|\n");
        if (scales.isEmpty()) {
            return;
        }
        for (String page : statements.get(scales.get(0)).keySet()) {
            md.append("| ").append(page).append(" |");
            List<Integer> counts = scales.stream().map(s -> statements.get(s).get(page)).toList();
            counts.forEach(c -> md.append(' ').append(c).append(" |"));
            boolean met = counts.stream().distinct().count() == 1 && counts.get(0) != null
                    && counts.get(0) <= STATEMENTS_TARGET;
            md.append(met ? " met" : " MISSED").append(" |\n");
        }
    }

    private void appendStartup(StringBuilder md) {
        md.append("\n## Start-up to first 200\n\n");
        if (startupFirstMile.isEmpty()) {
            md.append("Not measured.\n");
            return;
        }
        double firstMile = median(startupFirstMile);
        double bare = median(startupBare);
        double ratio = firstMile / bare;
        md.append(String.format("FirstMile (first 200 of /login.xhtml): %s s, median %.1f s. Bare Payara Micro with the "
                + "same datasource and the floor application (first 200 of its lazy table): %s s, median %.1f s. "
                + "Ratio %.2f (target at most %.1f: %s).%n", seconds(startupFirstMile), firstMile,
                seconds(startupBare), bare, ratio, STARTUP_RATIO_TARGET, ratio <= STARTUP_RATIO_TARGET ? "met"
                        : "MISSED"));
    }

    private static String seconds(List<Double> values) {
        return String.join(", ", values.stream().map(v -> String.format("%.1f", v)).toList());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
