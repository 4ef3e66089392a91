package org.firstmile.milestone.service;

import java.time.LocalDate;
import org.firstmile.milestone.model.MilestoneStatus;

/** A milestone as listed on the dashboard and the grant page; {@code overdue} is worked out from the clock. */
public record MilestoneRow(Long id, int version, Long grantId, String grantIdentifier, String grantTitle, String title,
        String description, LocalDate dueDate, String owner, MilestoneStatus status, LocalDate completedOn,
        String evidenceUrl, String note, boolean overdue) {

    static final String SELECT = "SELECT m.id, m.version, g.id, g.identifier, g.title, m.title, m.description, "
            + "m.dueDate, m.owner, m.status, m.completedOn, m.evidenceUrl, m.note FROM Milestone m JOIN m.grant g";

    /** The columns of {@link #SELECT} in SQL, in the same order, over {@code milestone m} and {@code grant_award g}. */
    public static final String SQL_COLUMNS = "m.id, m.version, g.id, g.identifier, g.title, m.title, m.description, "
            + "m.due_date, m.owner, m.status, m.completed_on, m.evidence_url, m.note";

    static MilestoneRow of(Object[] row, LocalDate today) {
        MilestoneStatus status = (MilestoneStatus) row[9];
        LocalDate due = (LocalDate) row[7];
        return new MilestoneRow((Long) row[0], ((Number) row[1]).intValue(), (Long) row[2], (String) row[3],
                (String) row[4], (String) row[5], (String) row[6], due, (String) row[8], status, (LocalDate) row[10],
                (String) row[11], (String) row[12],
                org.firstmile.milestone.model.Milestone.isOverdue(status, due, today));
    }

    /** A row of {@link #SQL_COLUMNS}: the driver gives dates as {@code java.sql.Date} and the status by its name. */
    public static MilestoneRow ofSql(Object[] row, LocalDate today) {
        Object[] typed = row.clone();
        typed[7] = localDate(row[7]);
        typed[9] = MilestoneStatus.valueOf((String) row[9]);
        typed[10] = localDate(row[10]);
        return of(typed, today);
    }

    private static LocalDate localDate(Object date) {
        return date == null ? null : ((java.sql.Date) date).toLocalDate();
    }
}
