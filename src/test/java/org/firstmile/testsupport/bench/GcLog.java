package org.firstmile.testsupport.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the pauses of a JVM's GC log ({@code -Xlog:gc:file=...}). Heap use is highest just before a collection, so
 * the largest "before" figure of the pauses is the peak heap in use (to the collection's precision); a collector
 * lets the heap fill up before it collects, so the largest "after" figure (what a collection could not free) says
 * better how much the work needed.
 */
final class GcLog {

    private static final Pattern PAUSE = Pattern.compile(
            "Pause (Young|Full)[^)]*\\)\\s+(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)\\s+([\\d.]+)ms");

    /**
     * The pauses from the {@code from}-th on: their number, the peak before one, the most left after one (of any
     * kind, and of a full one), the largest heap size, the total time paused, and what was allocated from the pause
     * before the first to the last (each pause's heap before it less what the one before left).
     */
    record Pauses(int count, int fullCount, double peakMb, double maxAfterMb, double liveAfterFullMb, double heapMb,
            double pauseSeconds, double allocatedMb) {
    }

    private final Path file;

    GcLog(Path file) {
        this.file = file;
    }

    /** How many pauses the log holds so far, to mark where a measurement starts. */
    int count() throws IOException {
        return (int) lines().stream().filter(line -> PAUSE.matcher(line).find()).count();
    }

    Pauses from(int first) throws IOException {
        int index = 0;
        int count = 0;
        int full = 0;
        double peak = 0;
        double maxAfter = 0;
        double live = 0;
        double heap = 0;
        double pause = 0;
        double allocated = 0;
        double lastAfter = 0;
        for (String line : lines()) {
            Matcher m = PAUSE.matcher(line);
            if (!m.find()) {
                continue;
            }
            double before = mb(m.group(2), m.group(3));
            double after = mb(m.group(4), m.group(5));
            if (index++ < first) {
                lastAfter = after;
                continue;
            }
            count++;
            allocated += before - lastAfter;
            lastAfter = after;
            peak = Math.max(peak, before);
            maxAfter = Math.max(maxAfter, after);
            heap = Math.max(heap, mb(m.group(6), m.group(7)));
            if (m.group(1).equals("Full")) {
                full++;
                live = Math.max(live, after);
            }
            pause += Double.parseDouble(m.group(8)) / 1000;
        }
        return new Pauses(count, full, peak, maxAfter, live, heap, pause, allocated);
    }

    private List<String> lines() throws IOException {
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }

    private static double mb(String value, String unit) {
        double n = Double.parseDouble(value);
        return switch (unit) {
            case "K" -> n / 1024;
            case "G" -> n * 1024;
            default -> n;
        };
    }
}
