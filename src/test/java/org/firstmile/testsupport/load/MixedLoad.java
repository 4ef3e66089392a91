package org.firstmile.testsupport.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.firstmile.testsupport.http.Http;

/**
 * Signed-in people reading pages and saving new proposals through the real forms, one connection each. Every write
 * has a unique title, so a test can check afterwards which writes reached the database: those FirstMile acknowledged
 * (a redirect to the new proposal) must be there; those it refused with an error page must not.
 */
public final class MixedLoad implements AutoCloseable {

    private static final List<String> READS = List.of("dashboard.xhtml", "proposal/list.xhtml", "grant/list.xhtml");
    /** What the applicant picker is asked for, as a person would type it: the demo grantee's name. */
    private static final String APPLICANT_TYPED = "Relationships";
    private static final Pattern SUGGESTED_APPLICANT = Pattern.compile("data-item-value=\"(\\d+)\"");
    private static final Pattern FIRST_FUND = Pattern.compile(
            "id=\"proposal:fund\"[^>]*>\\s*<option[^>]*>[^<]*</option>\\s*<option value=\"(\\d+)\"");
    private static final double WRITE_SHARE = 0.25;

    /** A response that was not what a healthy server answers. */
    public record Failure(String what, int status, String excerpt) {
    }

    private record PreparedForm(String viewState, String nonce, String applicant, String fund) {
    }

    private final URI base;
    private final List<HttpClient> sessions;
    private final ExecutorService workers;
    private final String titlePrefix = "Load test " + System.currentTimeMillis() + " ";
    private final AtomicInteger sequence = new AtomicInteger();
    private final AtomicLong successes = new AtomicLong();
    private final List<Failure> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final Map<Integer, PreparedForm> prepared = new ConcurrentHashMap<>();

    private MixedLoad(URI base, List<HttpClient> sessions) {
        this.base = base;
        this.sessions = sessions;
        this.workers = Executors.newFixedThreadPool(sessions.size());
    }

    /** Signs in {@code connections} separate sessions as the given person. */
    public static MixedLoad start(URI base, int connections, String username, String password) throws Exception {
        List<HttpClient> sessions = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            HttpClient client = Http.newClient();
            HttpResponse<String> signedIn = Http.signIn(client, base, username, password);
            if (signedIn.statusCode() != 302 || Http.location(signedIn).contains("login")) {
                throw new IllegalStateException("Sign-in failed: " + signedIn.statusCode());
            }
            sessions.add(client);
        }
        return new MixedLoad(base, sessions);
    }

    public String titlePrefix() {
        return titlePrefix;
    }

    /** Every session opens the new-proposal form now and posts it on its next write, whenever that is. */
    public void prepareWrites() throws Exception {
        for (int i = 0; i < sessions.size(); i++) {
            prepared.put(i, openForm(sessions.get(i)));
        }
    }

    /** Runs the mixed load on every session until {@code duration} has passed. */
    public void runFor(Duration duration) throws Exception {
        long deadline = System.nanoTime() + duration.toNanos();
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            int worker = i;
            running.add(workers.submit(() -> {
                Random random = new Random(worker * 31L + sequence.get());
                while (System.nanoTime() < deadline) {
                    if (random.nextDouble() < WRITE_SHARE || prepared.containsKey(worker)) {
                        write(worker);
                    } else {
                        read(sessions.get(worker), READS.get(random.nextInt(READS.size())));
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
    }

    /** Reads the dashboard until it answers 200; returns how long that took. */
    public Duration awaitSuccessfulReads(Duration limit) throws Exception {
        long started = System.nanoTime();
        long deadline = started + limit.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (Http.get(sessions.get(0), base.resolve("dashboard.xhtml")).statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - started);
                }
            } catch (IOException notYet) {
                // the server answers again soon
            }
            Thread.sleep(250);
        }
        return limit.plusSeconds(1);
    }

    private void read(HttpClient session, String path) {
        try {
            HttpResponse<String> page = Http.get(session, base.resolve(path));
            record("GET " + path, page, page.statusCode() == 200);
        } catch (IOException | InterruptedException e) {
            failures.add(new Failure("GET " + path, 0, e.toString()));
        }
    }

    private void write(int worker) {
        HttpClient session = sessions.get(worker);
        String title = titlePrefix + sequence.incrementAndGet();
        try {
            PreparedForm form = prepared.remove(worker);
            if (form == null) {
                form = openForm(session);
                if (form == null) {
                    return;
                }
            }
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("proposal", "proposal");
            fields.put("proposal:title", title);
            fields.put("proposal:applicant_input", APPLICANT_TYPED);
            fields.put("proposal:applicant_hinput", form.applicant());
            fields.put("proposal:fund", form.fund());
            fields.put("proposal:amount", "1250.00");
            fields.put("proposal:duration", "12");
            fields.put("proposal:start", "");
            fields.put("proposal:summary", "Written by the load test");
            fields.put("proposal:create", "");
            fields.put("jakarta.faces.ViewState", form.viewState());
            fields.put(Http.CSP_NONCE_FIELD, form.nonce());
            HttpResponse<String> saved = session.send(HttpRequest.newBuilder(base.resolve("proposal/new.xhtml"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(fields))).build(),
                    HttpResponse.BodyHandlers.ofString());
            boolean ok = saved.statusCode() == 302 && Http.location(saved).contains("proposal/view.xhtml?id=");
            record("POST proposal/new.xhtml", saved, ok);
            if (ok) {
                acknowledged.add(title);
            } else if (saved.statusCode() >= 400) {
                refused.add(title);
            }
        } catch (IOException | InterruptedException e) {
            failures.add(new Failure("POST proposal/new.xhtml", 0, e.toString()));
        }
    }

    private PreparedForm openForm(HttpClient session) throws IOException, InterruptedException {
        HttpResponse<String> page = Http.get(session, base.resolve("proposal/new.xhtml"));
        Matcher viewState = Http.VIEW_STATE.matcher(page.body());
        Matcher fund = FIRST_FUND.matcher(page.body());
        boolean form = page.statusCode() == 200 && viewState.find() && fund.find();
        record("GET proposal/new.xhtml", page, form);
        if (!form) {
            return null;
        }
        String nonce = Http.cspNonce(page);
        String applicant = suggestedApplicant(session, viewState.group(1), nonce);
        return applicant == null ? null : new PreparedForm(viewState.group(1), nonce, applicant, fund.group(1));
    }

    /** Asks the applicant picker for what a person types, as its script does, and takes the first suggestion. */
    private String suggestedApplicant(HttpClient session, String viewState, String nonce)
            throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", "proposal:applicant");
        fields.put("jakarta.faces.partial.execute", "proposal:applicant");
        fields.put("jakarta.faces.partial.render", "proposal:applicant");
        fields.put("proposal:applicant_query", APPLICANT_TYPED);
        fields.put("proposal", "proposal");
        fields.put("proposal:applicant_input", APPLICANT_TYPED);
        fields.put("proposal:applicant_hinput", "");
        fields.put("jakarta.faces.ViewState", viewState);
        fields.put(Http.CSP_NONCE_FIELD, nonce);
        HttpResponse<String> answer = session.send(HttpRequest.newBuilder(base.resolve("proposal/new.xhtml"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher suggested = SUGGESTED_APPLICANT.matcher(answer.body());
        boolean ok = answer.statusCode() == 200 && suggested.find();
        record("POST proposal/new.xhtml (applicant picker)", answer, ok);
        return ok ? suggested.group(1) : null;
    }

    private void record(String what, HttpResponse<String> response, boolean ok) {
        if (ok) {
            successes.incrementAndGet();
        } else {
            String body = response.body() == null ? "" : response.body();
            failures.add(new Failure(what, response.statusCode(), body.substring(0, Math.min(body.length(), 20000))));
        }
    }

    public long successes() {
        return successes.get();
    }

    public List<Failure> failures() {
        return List.copyOf(failures);
    }

    /** Forgets the successes and failures counted so far (the writes acknowledged and refused are kept). */
    public void resetCounts() {
        successes.set(0);
        failures.clear();
    }

    public Set<String> acknowledgedWrites() {
        return Set.copyOf(acknowledged);
    }

    public Set<String> refusedWrites() {
        return Set.copyOf(refused);
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
