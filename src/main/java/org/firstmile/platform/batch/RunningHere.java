package org.firstmile.platform.batch;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This instance's name as an owner of runs ({@code host/process-id/random}, so that a person reading the job_run
 * table can tell which process holds a run), and the runs this JVM holds now: claimed or taken over, waiting for the
 * batch runtime to accept them, queued for a batch thread or executing. Only those get a heartbeat: a run that began
 * to beat only when it began to execute could go stale in a queue and be done twice. A run leaves the set when its
 * batchlet ends however it ends (or when the runtime says its execution ended without it), so a run whose work died
 * while the instance lives on goes stale too and is taken over.
 */
@ApplicationScoped
public class RunningHere {

    /** The execution id of a run that the batch runtime has not accepted yet. */
    static final long NOT_STARTED = -1;

    private final String owner = hostName() + "/" + ProcessHandle.current().pid() + "/"
            + UUID.randomUUID().toString().substring(0, 8);
    /** Run id to its batch execution id, or {@link #NOT_STARTED}. */
    private final Map<Long, Long> held = new ConcurrentHashMap<>();

    public String owner() {
        return owner;
    }

    /** Every run held here, started or not. */
    public Set<Long> active() {
        return Set.copyOf(held.keySet());
    }

    int count() {
        return held.size();
    }

    /** The runs held here that the batch runtime has accepted, with their execution ids. */
    Map<Long, Long> started() {
        Map<Long, Long> started = new HashMap<>(held);
        started.values().removeIf(execution -> execution == NOT_STARTED);
        return started;
    }

    /** The runs held here that wait for the batch runtime to accept them, oldest claim first. */
    List<Long> notStarted() {
        return held.entrySet().stream().filter(run -> run.getValue() == NOT_STARTED).map(Map.Entry::getKey).sorted()
                .toList();
    }

    void held(long runId) {
        held.putIfAbsent(runId, NOT_STARTED);
    }

    /** The runtime accepted the run; a run that already ended (a quick one) stays gone. */
    void started(long runId, long executionId) {
        held.replace(runId, NOT_STARTED, executionId);
    }

    void ended(long runId) {
        held.remove(runId);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
