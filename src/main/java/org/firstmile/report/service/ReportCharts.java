package org.firstmile.report.service;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.firstmile.outcome.model.Progress;
import org.firstmile.report.model.ReportSnapshot.BudgetLine;
import org.firstmile.report.model.ReportSnapshot.OutcomeLine;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The report's charts, each with the alt text that says what it shows. They are drawn as vectors straight into the
 * PDF ({@link ChartDrawer}); a PNG of 1000 pixels, encoded, decoded again by the PDF library and compressed once more,
 * cost about a third of a report's generation.
 */
public final class ReportCharts {

    private static final Color PERIOD = new Color(0x1f, 0x5f, 0x8b);
    private static final Color TO_DATE = new Color(0x7a, 0xa6, 0x3c);
    /** The width the charts are laid out for; the PDF scales them to the page, fonts and all. */
    static final int WIDTH = 1000;
    /** The report's own font: the PDF maps a chart's text to the fonts it embeds, and knows no other. */
    private static final String FONT = "DejaVu Sans";
    private static final int ROW_HEIGHT = 110;

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private ReportCharts() {
    }

    /** A chart laid out {@link #WIDTH} wide and {@code height} high, and the words a screen reader reads instead. */
    public record Chart(JFreeChart chart, int height, String altText) {
    }

    /** Each indicator's actual as a percentage of its target, in the period and to date, against a 100% line. */
    public static Chart outcomes(List<OutcomeLine> outcomes, String periodName) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        StringBuilder alt = new StringBuilder("Bar chart of each outcome indicator's actual as a percentage of its "
                + "target, in " + periodName + " and to date:");
        for (OutcomeLine line : outcomes) {
            add(data, line.period(), periodName, line.name());
            add(data, line.toDate(), "To date", line.name());
            alt.append(' ').append(line.name()).append(", ").append(words(line.period())).append(" in ")
                    .append(periodName).append(" and ").append(words(line.toDate())).append(" to date;");
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, "% of target (the line marks the target, 100%)", data, PlotOrientation.HORIZONTAL,
                true, false, false);
        CategoryPlot plot = style(chart);
        ValueMarker target = new ValueMarker(100, Color.DARK_GRAY, new BasicStroke(2f));
        plot.addRangeMarker(target);
        return new Chart(chart, 140 + ROW_HEIGHT * Math.max(1, outcomes.size()), end(alt));
    }

    /** Budget against spend by budget line, in the report's currency. */
    public static Chart budget(List<BudgetLine> lines, String currency, String periodName) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        StringBuilder alt = new StringBuilder("Bar chart of budget against spend in " + periodName + ", in "
                + currency + ":");
        for (BudgetLine line : lines) {
            data.addValue(line.budget(), "Budget", line.category());
            data.addValue(line.spent(), "Spent", line.category());
            alt.append(' ').append(line.category()).append(", budget ").append(ReportCsv.figure(line.budget()))
                    .append(" and spent ").append(ReportCsv.figure(line.spent())).append(';');
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, currency, data, PlotOrientation.HORIZONTAL, true,
                false, false);
        style(chart);
        return new Chart(chart, 140 + ROW_HEIGHT * Math.max(1, lines.size()), end(alt));
    }

    private static void add(DefaultCategoryDataset data, Progress progress, String series, String indicator) {
        Integer percentage = progress.percentage();
        data.addValue(percentage == null ? null : percentage, series, indicator);
    }

    private static String words(Progress progress) {
        Integer percentage = progress.percentage();
        return percentage == null ? "no figure to compare" : percentage + "% of target";
    }

    private static String end(StringBuilder alt) {
        int last = alt.length() - 1;
        if (alt.charAt(last) == ';' || alt.charAt(last) == ':') {
            alt.setCharAt(last, '.');
        }
        return alt.toString();
    }

    private static CategoryPlot style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setItemFont(new Font(FONT, Font.PLAIN, 22));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xcc, 0xcc, 0xcc));
        plot.getDomainAxis().setTickLabelFont(new Font(FONT, Font.PLAIN, 22));
        plot.getRangeAxis().setTickLabelFont(new Font(FONT, Font.PLAIN, 19));
        plot.getRangeAxis().setLabelFont(new Font(FONT, Font.PLAIN, 19));
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, PERIOD);
        renderer.setSeriesPaint(1, TO_DATE);
        renderer.setItemMargin(0.05);
        return plot;
    }
}
