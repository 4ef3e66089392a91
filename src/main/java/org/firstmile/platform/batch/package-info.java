/**
 * The exactly-once plumbing of scheduled work: a run of a job for a slot is claimed under a PostgreSQL advisory lock
 * and a unique job_run row, executed as a Jakarta Batch job, kept alive by a heartbeat and taken over by another
 * instance when its owner dies. What a job does lives in its feature, behind {@link org.firstmile.platform.batch.ScheduledWork}.
 */
package org.firstmile.platform.batch;
