package org.firstmile.dashboard.service;

import java.io.Serializable;

/**
 * How many grants, overdue milestones and milestones due soon the dashboard's scope holds, whatever number of each
 * it lists.
 */
public record DashboardCounts(long grants, long overdue, long dueSoon) implements Serializable {
}
