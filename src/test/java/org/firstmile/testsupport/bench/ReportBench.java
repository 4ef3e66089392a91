package org.firstmile.testsupport.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.firstmile.testsupport.http.Api;
import org.firstmile.testsupport.server.EmbeddedDatabase;
import org.firstmile.testsupport.server.PayaraMicroProcess;

/**
 * Report generation on a FirstMile limited to a 512 MB heap: one grant's year report through the API (the service
 * the staff's page uses), then the whole portfolio in one batch, as the draft schedule makes it (the real batch job:
 * one run per reporting period, each generating the next version's PDF, CSV and XLSX). Peak heap comes from the
 * server's GC log. Targets: one report in at most 1 s; 20,000 in at most 10 minutes within 512 MB.
 */
final class ReportBench {

    static final int HEAP_MB = 512;
    static final double ONE_REPORT_TARGET_SECONDS = 1.0;
    static final int PORTFOLIO = 20_000;
    static final double PORTFOLIO_TARGET_SECONDS = 600;
    private static final int WARM_RUNS = 5;
    private static final String PERIODS_IN_WINDOW = "FROM reporting_period WHERE report_due_date BETWEEN "
            + "current_date AND current_date + 365";

    private final BenchOptions options;
    private final String database;
    private final String url;
    private final Path gcFile = PortfolioBench.WORK.resolve("gc-reports.log").toAbsolutePath();
    private final Path serverLog = PortfolioBench.WORK.resolve("payara-reports.log");
    private final Path reportsDir = PortfolioBench.WORK.resolve("reports");

    ReportBench(BenchOptions options, int databasePort, String database, String url) {
        this.options = options;
        this.database = database + " on port " + databasePort;
        this.url = url;
    }

    String run() throws Exception {
        // Nothing runs by schedule until the batch is asked for.
        update("UPDATE report_schedule SET enabled = false");
        deleteTree(reportsDir);
        Files.deleteIfExists(gcFile);
        Map<String, String> env = new HashMap<>(PortfolioBench.environment(url));
        env.put("FIRSTMILE_JOBS_ENABLED", "true");
        List<String> jvm = new ArrayList<>(List.of("-Xmx" + HEAP_MB + "m", "-XX:+UseSerialGC",
                "-Xlog:gc:file=" + gcFile));
        if (options.profile()) {
            jvm.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                    + PortfolioBench.WORK.resolve("reports.jfr").toAbsolutePath());
        }
        PortfolioBench.log("Starting FirstMile with " + String.join(" ", jvm) + " for the report benchmark ...");
        StringBuilder md = new StringBuilder("## Report generation\n\n");
        md.append(String.format("FirstMile on its own Payara Micro with `%s` (and the default JIT), database %s. "
                + "Peak heap is the largest heap in use before a collection in the GC log.%n%n",
                String.join(" ", jvm), database));
        try (PayaraMicroProcess server = PayaraMicroProcess.launch(PortfolioBench.MICRO, jvm,
                List.of("--deploy", PortfolioBench.APP.toString(), "--contextroot", "/"), PortfolioBench.freePort(),
                env, serverLog)) {
            server.awaitOk("health/ready", "\"UP\"", PortfolioBench.BOOT, Duration.ofMillis(500), serverLog);
            one(server.baseUri(), md);
            batch(md);
            if (options.profile()) {
                histogram(server.pid());
            }
        }
        if (Files.readString(serverLog).contains("OutOfMemoryError")) {
            md.append("\n**The server ran out of heap** (OutOfMemoryError in ").append(serverLog).append(").\n");
        }
        return md.toString();
    }

    /** One year report of the demo grant, through the API as staff: the first (cold), then warm ones. */
    private void one(URI base, StringBuilder md) throws Exception {
        long grant = PortfolioBench.demoGrantId(url);
        long period = single("SELECT id FROM reporting_period WHERE grant_id = " + grant
                + " ORDER BY sequence_no LIMIT 1");
        URI generate = base.resolve("api/v1/grants/" + grant + "/reports/" + period);
        URI read = base.resolve("api/v1/grants/" + grant);
        double cold = timed(generate, "POST", 201);
        List<Double> warm = new ArrayList<>();
        List<Double> signIn = new ArrayList<>();
        for (int i = 0; i < WARM_RUNS; i++) {
            signIn.add(timed(read, "GET", 200));
            warm.add(timed(generate, "POST", 201));
        }
        double warmMedian = median(warm);
        double signInMedian = median(signIn);
        double net = warmMedian - signInMedian;
        PortfolioBench.log(String.format("One report: cold %.2f s, warm median %.2f s, of which HTTP Basic sign-in "
                + "about %.2f s", cold, warmMedian, signInMedian));
        md.append("### One grant's year report\n\n");
        md.append(String.format("`POST /api/v1/grants/%d/reports/%d` as staff (the demo grant's Year one: PDF with "
                + "chart, CSV, XLSX). First call %.2f s; the next %d: %s s, median %.2f s. Each API call checks the "
                + "password (PBKDF2): `GET /api/v1/grants/%d` alone takes a median %.2f s, so generation itself takes "
                + "about %.2f s (target at most %.0f s: %s).%n%n", grant, period, cold, WARM_RUNS, seconds(warm),
                warmMedian, grant, signInMedian, net, ONE_REPORT_TARGET_SECONDS,
                net <= ONE_REPORT_TARGET_SECONDS ? "met" : "MISSED"));
    }

    private double timed(URI uri, String method, int expected) throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<String> response = Api.call(method, uri, "staff", "staff-demo-2026", null);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + uri + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return seconds;
    }

    /**
     * The draft schedule made to cover every report due within a year (its widest setting), so that one round of
     * the scheduler starts a run for nearly every grant; timed from the first run's start to the last one's end.
     */
    private void batch(StringBuilder md) throws Exception {
        GcLog gc = new GcLog(gcFile);
        int gcMark = gc.count();
        long expected = single("SELECT count(*) " + PERIODS_IN_WINDOW);
        long grants = single("SELECT count(DISTINCT grant_id) " + PERIODS_IN_WINDOW);
        long allGrants = single("SELECT count(*) FROM grant_award");
        if (expected == 0) {
            md.append("### The whole portfolio in one batch\n\nNo report is due within a year: nothing to measure.\n");
            return;
        }
        update("UPDATE report_schedule SET enabled = true, days_before = 365, time_of_day = '00:00', version = "
                + "version + 1 WHERE kind = 'DRAFT'");
        PortfolioBench.log("Batch: " + expected + " draft reports (" + grants + " of " + allGrants
                + " grants) on the scheduler's next round ...");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(options.batchTimeoutMinutes()));
        long[] state = batchState();
        Instant lastLog = Instant.now();
        while (state[0] + state[1] < expected || state[2] > 0) {
            if (Instant.now().isAfter(deadline)) {
                break;
            }
            Thread.sleep(2000);
            state = batchState();
            if (Duration.between(lastLog, Instant.now()).toSeconds() >= 30) {
                PortfolioBench.log(String.format("  %d completed, %d failed, %d running of %d", state[0], state[1],
                        state[2], expected));
                lastLog = Instant.now();
            }
        }
        boolean finished = state[0] + state[1] >= expected && state[2] == 0;
        double wall = single("SELECT (extract(epoch FROM max(coalesce(finished_at, now())) - min(started_at)) * 1000)"
                + "::bigint FROM job_run WHERE job = 'draft'") / 1000.0;
        long versions = single("SELECT count(*) FROM progress_report WHERE generated_by = 'scheduler'");
        long attempts = single("SELECT coalesce(sum(attempts), 0) FROM job_run WHERE job = 'draft'");
        GcLog.Pauses pauses = gc.from(gcMark);
        GcLog.Pauses life = gc.from(0);
        double rate = state[0] / wall;
        double extrapolated = PORTFOLIO / rate;
        long bytes = size(reportsDir);
        PortfolioBench.log(String.format("Batch: %d completed, %d failed in %.1f s (%.2f reports/s), peak heap %.0f MB, "
                + "GC %.1f%% of the wall time, %.1f MB allocated per report", state[0], state[1], wall, rate,
                pauses.peakMb(), 100 * pauses.pauseSeconds() / wall,
                pauses.allocatedMb() / Math.max(1, state[0] + state[1])));
        md.append("### The whole portfolio in one batch\n\n");
        md.append(String.format("The draft schedule set to 365 days before each report is due: %d reporting periods "
                + "(%d of the %d grants) due within a year, one run of the batch job each.%n%n", expected, grants,
                allGrants));
        md.append("| figure | value | target |\n|---|---:|---|\n");
        md.append(String.format("| runs completed / failed / still running | %d / %d / %d | all completed: %s |%n",
                state[0], state[1], state[2], finished && state[1] == 0 ? "met" : "MISSED"));
        md.append(String.format("| versions made by the scheduler / attempts of the runs | %d / %d | |%n", versions,
                attempts));
        md.append(String.format("| wall time, first run's start to last run's end | %.1f s | |%n", wall));
        md.append(String.format("| reports per second | %.2f | at least %.1f |%n", rate,
                PORTFOLIO / PORTFOLIO_TARGET_SECONDS));
        md.append(String.format("| extrapolated to %,d reports | %.0f s | at most %.0f s: %s |%n", PORTFOLIO,
                extrapolated, PORTFOLIO_TARGET_SECONDS, extrapolated <= PORTFOLIO_TARGET_SECONDS ? "met" : "MISSED"));
        md.append(String.format("| peak heap in use during the batch (whole life of the server) | %.0f MB (%.0f MB) "
                + "| at most %d MB: %s |%n", pauses.peakMb(), life.peakMb(), HEAP_MB,
                pauses.peakMb() <= HEAP_MB && finished ? "met" : "MISSED"));
        md.append(String.format("| most heap left after a collection (after a full one) | %.0f MB (%.0f MB) | |%n",
                pauses.maxAfterMb(), pauses.liveAfterFullMb()));
        md.append(String.format("| collections during the batch (full), their pauses | %d (%d), %.1f s (%.1f%% of the "
                + "wall time) | |%n", pauses.count(), pauses.fullCount(), pauses.pauseSeconds(),
                100 * pauses.pauseSeconds() / wall));
        md.append(String.format("| heap allocated during the batch, per report | %.0f MB, %.1f MB | |%n",
                pauses.allocatedMb(), pauses.allocatedMb() / Math.max(1, state[0] + state[1])));
        md.append(String.format("| files written | %.0f MB | |%n", bytes / 1e6));
        String error = text("SELECT error_message FROM job_run WHERE job = 'draft' AND status = 'FAILED' LIMIT 1");
        if (error != null) {
            md.append("\nFirst error of a failed run: ").append(error.replace('\n', ' ')).append('\n');
        }
    }

    /** What the heap holds after the batch, largest classes first, for a look at what stays live. */
    private static void histogram(long pid) throws IOException, InterruptedException {
        Path file = PortfolioBench.WORK.resolve("reports-histogram.txt");
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid), "GC.class_histogram").redirectErrorStream(true)
                .redirectOutput(file.toFile()).start();
        jcmd.waitFor();
        PortfolioBench.log("Heap histogram after the batch: " + file + "; flight recording: "
                + PortfolioBench.WORK.resolve("reports.jfr"));
    }

    /** Draft runs completed, failed and running. */
    private long[] batchState() throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FILTER (WHERE status = 'COMPLETED'), "
                        + "count(*) FILTER (WHERE status = 'FAILED'), count(*) FILTER (WHERE status = 'RUNNING') "
                        + "FROM job_run WHERE job = 'draft'")) {
            r.next();
            return new long[] {r.getLong(1), r.getLong(2), r.getLong(3)};
        }
    }

    private long single(String sql) throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private String text(String sql) throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        }
    }

    private void update(String sql) throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private Connection connection() throws SQLException {
        return DriverManager.getConnection(url, EmbeddedDatabase.USER, EmbeddedDatabase.USER);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String seconds(List<Double> values) {
        return String.join(", ", values.stream().map(v -> String.format("%.2f", v)).toList());
    }

    private static long size(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
