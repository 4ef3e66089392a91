package org.firstmile.testsupport.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * Waits until a server's JIT compiler has gone quiet, so that throughput is measured in the steady state and not
 * while C2 still compiles on one of the machine's two cores (it does so for minutes after start-up: FirstMile and
 * Payara are a lot of code). Reads the CPU time of the JVM's "C2 CompilerThre..." threads from Linux's
 * {@code /proc/<pid>/task}; elsewhere it only waits the first interval.
 */
final class JitQuiet {

    private static final Duration INTERVAL = Duration.ofSeconds(3);
    /** Quiet: the compiler threads used under 5% of one core over the interval. */
    private static final double QUIET_SHARE = 0.05;
    private static final long TICKS_PER_SECOND = 100;

    private JitQuiet() {
    }

    /** Returns how long it waited; gives up (and says so) after {@code max}. */
    static Duration await(long pid, Duration max) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + max.toNanos();
        long before = compilerTicks(pid);
        while (true) {
            Thread.sleep(INTERVAL.toMillis());
            long after = compilerTicks(pid);
            boolean quiet = before < 0 || after - before < QUIET_SHARE * INTERVAL.toSeconds() * TICKS_PER_SECOND;
            Duration waited = Duration.ofNanos(System.nanoTime() - started);
            if (quiet) {
                return waited;
            }
            if (System.nanoTime() > deadline) {
                PortfolioBench.log("The JIT compiler is still busy after " + waited.toSeconds() + " s; going on anyway");
                return waited;
            }
            before = after;
        }
    }

    /** The user and system CPU ticks of the compiler threads so far, or -1 when they cannot be read. */
    private static long compilerTicks(long pid) {
        Path tasks = Path.of("/proc", String.valueOf(pid), "task");
        if (!Files.isDirectory(tasks)) {
            return -1;
        }
        try (Stream<Path> threads = Files.list(tasks)) {
            return threads.mapToLong(JitQuiet::ticksIfCompiler).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    private static long ticksIfCompiler(Path task) {
        try {
            if (!Files.readString(task.resolve("comm")).startsWith("C2 Compiler")) {
                return 0;
            }
            // Fields after the command name, which is in parentheses: utime and stime are the 12th and 13th.
            String stat = Files.readString(task.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
