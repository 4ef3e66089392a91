package org.firstmile.platform.batch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * One run of a job for one slot. Written only by {@link JobRuns} in single SQL statements (claim, take-over,
 * heartbeat, finish), so that two instances can never both believe they own it; read here for the runs page.
 */
@Entity
@Table(name = "job_run")
public class JobRun {

    @Id
    private Long id;

    @Version
    private int version;

    @Column(nullable = false, length = 50)
    private String job;

    @Column(nullable = false, length = 200)
    private String slot;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private JobRunStatus status;

    @Column(nullable = false, length = 200)
    private String owner;

    @Column(name = "heartbeat_at", nullable = false)
    private Instant heartbeatAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "error_message")
    private String errorMessage;

    protected JobRun() {
    }

    /** How long the run took, or null while it runs. */
    public Duration duration() {
        return finishedAt == null ? null : Duration.between(startedAt, finishedAt);
    }

    /** The duration as people say it: "850 ms", "12 s", "3 min 5 s". */
    public String durationText() {
        Duration duration = duration();
        if (duration == null) {
            return "";
        }
        if (duration.toSeconds() < 1) {
            return duration.toMillis() + " ms";
        }
        if (duration.toMinutes() < 1) {
            return duration.toSeconds() + " s";
        }
        return duration.toMinutes() + " min " + duration.toSecondsPart() + " s";
    }

    public Long getId() {
        return id;
    }

    public String getJob() {
        return job;
    }

    public String getSlot() {
        return slot;
    }

    public JobRunStatus getStatus() {
        return status;
    }

    public String getOwner() {
        return owner;
    }

    public Instant getHeartbeatAt() {
        return heartbeatAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getErrorMessage() {
        return errorMessage;
    }
}
