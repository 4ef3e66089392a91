package org.firstmile.testsupport.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.firstmile.opendata.service.OpenGrantReader;
import org.firstmile.testsupport.server.EmbeddedDatabase;

/**
 * The 360Giving export of every grant (the administrators' JSON and CSV over HTTP) against psql's {@code \copy} of
 * the same rows and columns (the export's own query) from the same database, in turns, so that both see the same
 * machine. Target: the export takes at most twice as long as the copy.
 */
final class OpenDataBench {

    static final double RATIO_TARGET = 2.0;
    private static final int ROUNDS = 3;

    private record Timed(double seconds, long bytes, long lines) {
    }

    private final URI base;
    private final int databasePort;
    private final String database;

    OpenDataBench(URI base, int databasePort, String database) {
        this.base = base;
        this.databasePort = databasePort;
        this.database = database;
    }

    /** Runs the rounds and returns the Markdown section. */
    String run() throws Exception {
        SignedIn admin = SignedIn.as(base, "admin", "admin-demo-2026");
        HttpClient client = admin.client();
        // One of each first, so that neither side is timed cold.
        download(client, "open-data/all/360giving.json");
        download(client, "open-data/all/360giving.csv");
        copy();
        List<Timed> json = new ArrayList<>();
        List<Timed> csv = new ArrayList<>();
        List<Timed> copy = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            json.add(download(client, "open-data/all/360giving.json"));
            csv.add(download(client, "open-data/all/360giving.csv"));
            copy.add(copy());
            PortfolioBench.log(String.format("360Giving round %d: JSON %.2f s, CSV %.2f s, psql \\copy %.2f s",
                    round + 1, json.get(round).seconds(), csv.get(round).seconds(), copy.get(round).seconds()));
        }
        double copySeconds = median(copy);
        StringBuilder md = new StringBuilder("## 360Giving export against PostgreSQL COPY\n\n");
        md.append(String.format("Every grant, signed in as an administrator, against `psql -c \"\\copy (<the export's "
                + "query>) to stdout with csv\"` on the same database; %d rounds in turns after one of each "
                + "unmeasured, medians. Target: ratio at most %.0f.%n%n", ROUNDS, RATIO_TARGET));
        md.append("| what | median s | rounds s | MB | lines | ratio to COPY | target |\n"
                + "|---|---:|---|---:|---:|---:|---|\n");
        row(md, "psql \\copy (CSV)", copy, copySeconds, false);
        row(md, "FirstMile JSON (`/open-data/all/360giving.json`)", json, copySeconds, true);
        row(md, "FirstMile CSV (`/open-data/all/360giving.csv`)", csv, copySeconds, true);
        md.append(String.format("%nLines: %d copied, %d in the CSV export (its first is the column titles).%n",
                copy.get(0).lines(), csv.get(0).lines()));
        return md.toString();
    }

    private static void row(StringBuilder md, String what, List<Timed> runs, double copySeconds, boolean judged) {
        double seconds = median(runs);
        double ratio = seconds / copySeconds;
        md.append(String.format("| %s | %.2f | %s | %.1f | %d | %.2f | %s |%n", what, seconds,
                String.join(", ", runs.stream().map(t -> String.format("%.2f", t.seconds())).toList()),
                runs.get(0).bytes() / 1e6, runs.get(0).lines(), ratio,
                judged ? ratio <= RATIO_TARGET ? "met" : "MISSED" : "floor"));
    }

    private Timed download(HttpClient client, String path) throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(base.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return counted(response.body(), started);
    }

    private Timed copy() throws IOException, InterruptedException {
        String sql = "\\copy (" + OpenGrantReader.exportQuery(false) + ") to stdout with csv";
        long started = System.nanoTime();
        Process psql = new ProcessBuilder("psql", "-X", "-q", "-h", "127.0.0.1", "-p", String.valueOf(databasePort),
                "-U", EmbeddedDatabase.USER, "-d", database, "-c", sql)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Timed timed = counted(psql.getInputStream(), started);
        if (psql.waitFor() != 0) {
            throw new IllegalStateException("psql \\copy failed");
        }
        return new Timed((System.nanoTime() - started) / 1e9, timed.bytes(), timed.lines());
    }

    /** Reads the stream to its end, counting bytes and lines; the time is taken at the last byte. */
    private static Timed counted(InputStream in, long started) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long bytes = 0;
        long lines = 0;
        try (in) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return new Timed((System.nanoTime() - started) / 1e9, bytes, lines);
    }

    private static double median(List<Timed> runs) {
        List<Double> sorted = new ArrayList<>(runs.stream().map(Timed::seconds).toList());
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
