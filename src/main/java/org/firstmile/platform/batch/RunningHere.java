package org.firstmile.platform.batch;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This instance's name as an owner of runs, and the runs executing in this JVM now. Only those get a heartbeat, so
 * a run whose thread died while the instance lives on goes stale too and is taken over.
 */
@ApplicationScoped
public class RunningHere {

    private final String owner = hostName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    private final Set<Long> active = ConcurrentHashMap.newKeySet();

    public String owner() {
        return owner;
    }

    public Set<Long> active() {
        return Set.copyOf(active);
    }

    void started(long runId) {
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
