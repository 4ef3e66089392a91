package org.firstmile.testsupport.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * FirstMile's WAR on Payara Micro in a child JVM, at the root context of the given port. Used by the run command
 * and by the browser tests, so both start the application the same way.
 */
public final class PayaraMicroProcess implements AutoCloseable {

    /** How the child JVM is tuned. */
    public enum Jvm {
        /**
         * For short-lived test servers: the C1 compiler only and the serial collector, which start fastest on two
         * cores and do not keep the other core busy compiling.
         */
        QUICK_START("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"),
        /**
         * The JVM's own defaults (both JIT compilers, G1), as a deployment runs: for the run command, the benchmarks
         * and servers that serve for many minutes.
         */
        SERVER;

        private final List<String> options;

        Jvm(String... options) {
            this.options = List.of(options);
        }

        /** The options this tuning adds to the {@code java} command. */
        public List<String> options() {
            return options;
        }
    }

    private final Process process;
    private final URI baseUri;

    private PayaraMicroProcess(Process process, URI baseUri) {
        this.process = process;
        this.baseUri = baseUri;
    }

    /** Starts Payara Micro; its output goes to {@code log}. Returns once the readiness check answers UP. */
    public static PayaraMicroProcess start(Path microJar, Path war, int port, Map<String, String> environment,
            Path log, Duration timeout) throws IOException, InterruptedException {
        return start(Jvm.QUICK_START, microJar, war, port, environment, log, timeout);
    }

    /** As {@link #start(Path, Path, int, Map, Path, Duration)}, on a JVM tuned as {@code jvm} says. */
    public static PayaraMicroProcess start(Jvm jvm, Path microJar, Path war, int port, Map<String, String> environment,
            Path log, Duration timeout) throws IOException, InterruptedException {
        requireFile(war);
        PayaraMicroProcess server = launch(jvm, microJar, List.of("--deploy", war.toString(), "--contextroot", "/"),
                port, environment, log);
        try {
            server.awaitReady(timeout, log);
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** Waits until the readiness check answers UP. */
    public void awaitReady(Duration timeout, Path log) throws IOException, InterruptedException {
        awaitOk("health/ready", "\"UP\"", timeout, Duration.ofMillis(500), log);
    }

    /**
     * Starts Payara Micro with the given deployment arguments (e.g. {@code --deploy app.war:/root}) and returns at
     * once; the benchmarks use it with {@link #awaitOk} to time start-up to a first 200.
     */
    public static PayaraMicroProcess launch(Path microJar, List<String> deployArguments, int port,
            Map<String, String> environment, Path log) throws IOException {
        return launch(Jvm.QUICK_START, microJar, deployArguments, port, environment, log);
    }

    /** As {@link #launch(Path, List, int, Map, Path)}, on a JVM tuned as {@code jvm} says. */
    public static PayaraMicroProcess launch(Jvm jvm, Path microJar, List<String> deployArguments, int port,
            Map<String, String> environment, Path log) throws IOException {
        return launch(microJar, jvm.options(), deployArguments, port, environment, log);
    }

    /** As {@link #launch(Path, List, int, Map, Path)}, with exactly the given JVM options. */
    public static PayaraMicroProcess launch(Path microJar, List<String> jvmOptions, List<String> deployArguments,
            int port, Map<String, String> environment, Path log) throws IOException {
        requireFile(microJar);
        Files.createDirectories(log.toAbsolutePath().getParent());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", microJar.toString(), "--nocluster", "--port", String.valueOf(port)));
        command.addAll(deployArguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().putAll(environment);
        return new PayaraMicroProcess(builder.start(), URI.create("http://localhost:" + port + "/"));
    }

    /** Waits until {@code path} answers 200 with a body containing {@code marker}, polling every {@code poll}. */
    public void awaitOk(String path, String marker, Duration timeout, Duration poll, Path log)
            throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(baseUri.resolve(path)).timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped while starting; see " + log);
            }
            try {
                HttpResponse<String> response = client.send(ready, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains(marker)) {
                    return;
                }
            } catch (IOException notYetListening) {
                // still starting
            }
            Thread.sleep(poll.toMillis());
        }
        throw new IllegalStateException("Payara Micro did not answer " + path + " within " + timeout + "; see " + log);
    }

    private static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Missing " + file.toAbsolutePath() + ": build first with mvn package");
        }
    }

    public URI baseUri() {
        return baseUri;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    /** The process id of the JVM that runs Payara Micro (it is started directly, with no wrapper in between). */
    public long pid() {
        return process.pid();
    }

    /** Ends the JVM at once, as {@code kill -9} does: no shutdown hook, no clean-up, nothing finished. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Payara Micro (pid " + process.pid() + ") outlived kill -9");
        }
    }

    /** Stops Payara Micro gracefully, forcibly after 30 seconds. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
