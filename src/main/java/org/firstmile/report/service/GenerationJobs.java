package org.firstmile.report.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.firstmile.platform.error.BusinessException;

/**
 * Runs report generations in the background on the server's managed executor and keeps each one's progress for the
 * page that polls it. Progress lives in memory: after a restart a page simply finds the new version in the list.
 */
@ApplicationScoped
public class GenerationJobs {

    private static final Logger LOG = Logger.getLogger(GenerationJobs.class.getName());
    private static final int KEEP = 200;

    @Resource
    ManagedExecutorService executor;

    @Inject
    ReportGeneration generation;

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    String start(long grantId, long periodId, String requestedBy) {
        if (jobs.size() > KEEP) {
            jobs.values().removeIf(Job::finished);
        }
        Job job = new Job(UUID.randomUUID().toString(), grantId);
        jobs.put(job.id, job);
        executor.submit(() -> run(job, periodId, requestedBy));
        return job.id;
    }

    Optional<Progress> progress(String jobId) {
        return Optional.ofNullable(jobs.get(jobId)).map(Job::progress);
    }

    private void run(Job job, long periodId, String requestedBy) {
        try {
            GeneratedReport report = generation.generate(job.grantId, periodId, requestedBy, job::step);
            job.finish(report.version(), null);
        } catch (BusinessException refused) {
            job.finish(0, refused.getMessage());
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Report generation failed", failed);
            job.finish(0, "The report could not be generated. Try again; if it fails again, tell the administrator.");
        }
    }

    /** Where a generation has got to: its last step, a percentage, and at the end the version or the error. */
    public record Progress(long grantId, String step, int percent, boolean finished, int version, String error)
            implements Serializable {
    }

    private static final class Job {
        private final String id;
        private final long grantId;
        private volatile Progress progress;
        private int steps;

        Job(String id, long grantId) {
            this.id = id;
            this.grantId = grantId;
            this.progress = new Progress(grantId, "Waiting to start", 0, false, 0, null);
        }

        synchronized void step(String step) {
            steps++;
            progress = new Progress(grantId, step, Math.min(95, 100 * (steps - 1) / ReportGeneration.STEPS + 5),
                    false, 0, null);
        }

        void finish(int version, String error) {
            progress = new Progress(grantId, error == null ? "Version " + version + " is ready" : "Not generated",
                    error == null ? 100 : progress.percent(), true, version, error);
        }

        boolean finished() {
            return progress.finished();
        }

        Progress progress() {
            return progress;
        }
    }
}
