package org.firstmile.platform.batch;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This instance's name as an owner of runs ({@code host/process-id/random}, so that a person reading the job_run
 * table can tell which process holds a run), and the runs this JVM holds now: claimed or taken over, waiting for a
 * batch thread or executing. Only those get a heartbeat. A run leaves the set when its batchlet ends however it ends,
 * so a run whose work died while the instance lives on goes stale too and is taken over.
 */
@ApplicationScoped
public class RunningHere {

    private final String owner = hostName() + "/" + ProcessHandle.current().pid() + "/"
            + UUID.randomUUID().toString().substring(0, 8);
    private final Set<Long> active = ConcurrentHashMap.newKeySet();

    public String owner() {
        return owner;
    }

    public Set<Long> active() {
        return Set.copyOf(active);
    }

    void held(long runId) {
        active.add(runId);
    }

    void ended(long runId) {
        active.remove(runId);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
