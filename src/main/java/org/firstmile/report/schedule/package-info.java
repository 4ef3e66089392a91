/**
 * Report schedules: the monthly digest of all grants, a draft of each period's progress report some days before it
 * is due, and the daily reminders, kept in the database and edited by an administrator. A timer works out which
 * slots are due and hands each to the exactly-once runner in {@code org.firstmile.platform.batch}.
 */
package org.firstmile.report.schedule;
