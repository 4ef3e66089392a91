package org.firstmile.testsupport.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One of several FirstMile instances on one database, each a Payara Micro JVM of its own on a port of its own, that a
 * test can launch, kill as {@code kill -9} does, and start again on the same port with the same settings.
 */
public final class FirstMileInstance implements AutoCloseable {

    private static final Path MICRO_JAR = Path.of("target", "payara-micro.jar");
    private static final Path WAR = Path.of("target", "firstmile.war");
    private static final Duration BOOT_LIMIT = Duration.ofMinutes(4);

    private final String name;
    private final int port;
    private final Map<String, String> environment;
    private PayaraMicroProcess process;
    private Path log;
    private int launches;

    private FirstMileInstance(String name, int port, Map<String, String> environment) {
        this.name = name;
        this.port = port;
        this.environment = Map.copyOf(environment);
    }

    /** Starts booting an instance on a free port and returns at once; {@link #awaitReady} waits for it. */
    public static FirstMileInstance launch(String name, Map<String, String> environment) throws IOException {
        FirstMileInstance instance = new FirstMileInstance(name, freePort(), environment);
        instance.boot();
        return instance;
    }

    /**
     * Boots Payara Micro with its runtime folder under target (by default it is a temporary folder that only a clean
     * shutdown removes, so every killed instance would leave one behind).
     */
    private void boot() throws IOException {
        launches++;
        String run = "instance-" + name + "-" + launches;
        log = Path.of("target", run + ".log");
        Path runtime = Path.of("target", "instances", run);
        deleteTree(runtime);
        process = PayaraMicroProcess.launch(MICRO_JAR, List.of("--deploy", WAR.toString(), "--contextroot", "/",
                "--rootdir", runtime.toString()), port, environment, log);
    }

    public void awaitReady() throws IOException, InterruptedException {
        process.awaitReady(BOOT_LIMIT, log);
    }

    /** Kills the JVM at once (SIGKILL): nothing it was doing is finished or cleaned up. */
    public void kill() throws InterruptedException {
        process.kill();
    }

    /** Starts the instance again, on its port and with its settings, and waits until it is ready. */
    public void restart() throws IOException, InterruptedException {
        if (process.isAlive()) {
            throw new IllegalStateException("Instance " + name + " is still running");
        }
        boot();
        awaitReady();
    }

    public String name() {
        return name;
    }

    public URI baseUri() {
        return process.baseUri();
    }

    public URI uri(String path) {
        return baseUri().resolve(path);
    }

    /** The id of the JVM now running this instance. */
    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        if (process != null) {
            process.close();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public String toString() {
        return "instance " + name + " (pid " + process.pid() + ", " + baseUri() + ")";
    }
}
