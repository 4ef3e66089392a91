package org.firstmile.report.service;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.firstmile.report.model.ReportSnapshot;

/**
 * The report's figures as a workbook: the same long table as the CSV on one sheet, numbers as numbers, so that a
 * funder can filter and sum them.
 */
public final class ReportXlsx {

    /** A figure as the CSV writes it; compiled once, not for every cell as {@code String.matches} would. */
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private ReportXlsx() {
    }

    public static void write(ReportSnapshot snapshot, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "FirstMile", "1.0");
        Worksheet sheet = workbook.newWorksheet("Figures");
        for (int c = 0; c < ReportCsv.HEADER.size(); c++) {
            sheet.value(0, c, ReportCsv.HEADER.get(c));
            sheet.style(0, c).bold().set();
        }
        List<List<String>> rows = ReportCsv.rows(snapshot);
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                cell(sheet, r + 1, c, row.get(c), c >= 4);
            }
        }
        sheet.width(0, 18);
        sheet.width(1, 50);
        sheet.width(2, 22);
        sheet.width(4, 24);
        sheet.width(5, 14);
        sheet.freezePane(0, 1);
        workbook.finish();
    }

    private static void cell(Worksheet sheet, int row, int column, String text, boolean figure) {
        if (text.isEmpty()) {
            return;
        }
        if (figure && NUMBER.matcher(text).matches()) {
            sheet.value(row, column, new java.math.BigDecimal(text));
        } else {
            sheet.value(row, column, text);
        }
    }
}
