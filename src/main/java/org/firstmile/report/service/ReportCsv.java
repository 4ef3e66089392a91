package org.firstmile.report.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.firstmile.outcome.model.Progress;
import org.firstmile.report.model.ReportSnapshot;
import org.firstmile.report.model.ReportSnapshot.BudgetLine;
import org.firstmile.report.model.ReportSnapshot.MilestoneLine;
import org.firstmile.report.model.ReportSnapshot.OutcomeLine;
import org.firstmile.report.model.ReportSnapshot.Payment;

/**
 * The report's figures as one CSV table ("long" form, one figure a row), so that a spreadsheet or script can read
 * every number the PDF shows: section, item, measure, unit, the period's value and the value to date.
 */
public final class ReportCsv {

    public static final List<String> HEADER = List.of("Section", "Item", "Measure", "Unit", "This period",
            "To date");

    private ReportCsv() {
    }

    public static void write(ReportSnapshot snapshot, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                .setHeader(HEADER.toArray(String[]::new)).get());
        for (List<String> row : rows(snapshot)) {
            csv.printRecord(row);
        }
        csv.flush();
    }

    /** The rows under the header, in report order. */
    public static List<List<String>> rows(ReportSnapshot s) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("Report", "Grant", "360Giving id", "", s.grant().identifier(), ""));
        rows.add(row("Report", "Grant", "Title", "", s.grant().title(), ""));
        rows.add(row("Report", "Period", s.period().name(), "", s.period().start() + " to " + s.period().end(), ""));
        rows.add(row("Report", "Version", "Version", "", String.valueOf(s.version()), ""));
        rows.add(row("Report", "As of", "Date", "", s.asOf().toString(), ""));
        for (MilestoneLine m : s.milestones()) {
            rows.add(row("Milestones", m.title(), "Due date", "date", m.dueDate().toString(), ""));
            rows.add(row("Milestones", m.title(), "Standing", "", m.standing().label(), ""));
            if (m.completedOn() != null) {
                rows.add(row("Milestones", m.title(), "Completed on", "date", m.completedOn().toString(), ""));
            }
        }
        rows.add(row("Milestone totals", "All milestones", "Done", "milestones", "", count(s.milestonesToDate().done())));
        rows.add(row("Milestone totals", "All milestones", "Due", "milestones", "", count(s.milestonesToDate().due())));
        rows.add(row("Milestone totals", "All milestones", "Missed", "milestones", "",
                count(s.milestonesToDate().missed())));
        rows.add(row("Milestone totals", "All milestones", "Deferred", "milestones", "",
                count(s.milestonesToDate().deferred())));
        for (OutcomeLine o : s.outcomes()) {
            rows.add(row("Outcomes", o.name(), "Target", o.unit(), figure(o.period().target()),
                    figure(o.toDate().target())));
            rows.add(row("Outcomes", o.name(), "Actual", o.unit(), figure(o.period().actual()),
                    figure(o.toDate().actual())));
            rows.add(row("Outcomes", o.name(), "Percentage of target", "%", percent(o.period()),
                    percent(o.toDate())));
        }
        if (s.budget() != null) {
            budgetRows(s.budget(), rows);
        }
        return rows;
    }

    private static void budgetRows(ReportSnapshot.Budget budget, List<List<String>> rows) {
        String currency = budget.currency();
        for (BudgetLine line : budget.period().lines()) {
            String item = line.category() + (line.description() == null ? "" : ": " + line.description());
            BudgetLine toDate = budget.toDate().lines().stream()
                    .filter(l -> l.category().equals(line.category())
                            && java.util.Objects.equals(l.description(), line.description()))
                    .findFirst().orElse(null);
            rows.add(row("Budget", item, "Budget", currency, figure(line.budget()),
                    toDate == null ? "" : figure(toDate.budget())));
            rows.add(row("Budget", item, "Spent", currency, figure(line.spent()),
                    toDate == null ? "" : figure(toDate.spent())));
            rows.add(row("Budget", item, "Variance", currency, figure(line.variance()),
                    toDate == null ? "" : figure(toDate.variance())));
            rows.add(row("Budget", item, "Variance percentage", "%", figure(line.variancePercent()),
                    toDate == null ? "" : figure(toDate.variancePercent())));
            if (line.explanation() != null) {
                rows.add(row("Budget", item, "Explanation", "", line.explanation(), ""));
            }
        }
        rows.add(row("Budget", "Total", "Budget", currency, figure(budget.period().budgetTotal()),
                figure(budget.toDate().budgetTotal())));
        rows.add(row("Budget", "Total", "Spent", currency, figure(budget.period().spentTotal()),
                figure(budget.toDate().spentTotal())));
        for (Payment payment : budget.toDate().payments()) {
            rows.add(row("Payments", payment.date().toString(), "Received", currency, "", figure(payment.amount())));
        }
        rows.add(row("Payments", "Total", "Received", currency, figure(budget.period().paymentsTotal()),
                figure(budget.toDate().paymentsTotal())));
    }

    private static List<String> row(String... cells) {
        return List.of(cells);
    }

    static String figure(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String count(long value) {
        return String.valueOf(value);
    }

    private static String percent(Progress progress) {
        Integer percentage = progress.percentage();
        return percentage == null ? "" : percentage.toString();
    }
}
