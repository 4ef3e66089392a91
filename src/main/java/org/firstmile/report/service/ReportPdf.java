package org.firstmile.report.service;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.firstmile.outcome.model.Progress;
import org.firstmile.report.model.NarrativeSections;
import org.firstmile.report.model.ReportSnapshot;
import org.firstmile.report.model.ReportSnapshot.BudgetLine;
import org.firstmile.report.model.ReportSnapshot.HighlightLine;
import org.firstmile.report.model.ReportSnapshot.MilestoneLine;
import org.firstmile.report.model.ReportSnapshot.OutcomeLine;
import org.firstmile.report.model.ReportSnapshot.Payment;
import org.firstmile.report.model.ReportSnapshot.Spend;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Renders a snapshot as a tagged PDF (PDF/UA) through the versioned HTML layout in {@code reports/templates}, with
 * DejaVu Sans embedded, charts drawn as vectors with alt text, and page numbers.
 */
public final class ReportPdf {

    /** The layout every new report is made with; recorded with each version. */
    public static final String TEMPLATE_VERSION = "progress-report-v1";

    private static final String TEMPLATES = "/report-templates/";
    /** The width between the page margins of the layout (A4, 18 mm either side), which a chart fills. */
    private static final double CONTENT_WIDTH_MM = 210 - 2 * 18;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    static {
        // openhtmltopdf logs four or five lines at INFO for every PDF (fast mode, fonts loaded, time to parse the
        // stylesheet, selectors matched): 9,600 lines for 1,900 reports in the batch benchmark. Its warnings still
        // reach the log.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private ReportPdf() {
    }

    public static void write(ReportSnapshot snapshot, ZoneId zone, OutputStream out) throws IOException {
        ParsedFonts fonts = ParsedFonts.borrow();
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.usePDDocument(document);
            // The fonts parsed once, subset into this document: parsing them for every PDF was half of all the
            // memory the batch of reports allocated (seen in an allocation profile of the report benchmark).
            builder.useFont(new PDFontSupplier(PDType0Font.load(document, fonts.regular, true)), "DejaVu Sans", 400,
                    FontStyle.NORMAL, true);
            builder.useFont(new PDFontSupplier(PDType0Font.load(document, fonts.bold, true)), "DejaVu Sans", 700,
                    FontStyle.NORMAL, true);
            ChartDrawer charts = new ChartDrawer();
            builder.useObjectDrawerFactory(charts);
            builder.withW3cDocument(Xhtml.parse(html(snapshot, zone, charts)), null);
            builder.toStream(out);
            builder.run();
        } finally {
            fonts.giveBack();
        }
    }

    /** The layout filled in: well-formed XHTML, its charts left to {@code charts} to draw. */
    static String html(ReportSnapshot s, ZoneId zone, ChartDrawer charts) {
        Map<String, String> values = new java.util.HashMap<>();
        values.put("title", esc(s.grant().title()));
        values.put("identifier", esc(s.grant().identifier()));
        values.put("recipient", esc(s.grant().recipient()));
        String funders = s.grant().funder() + " (" + s.grant().fund() + ")"
                + (s.grant().coFunders().isEmpty() ? "" : "; co-funded by " + String.join(", ", s.grant().coFunders()));
        values.put("funders", esc(funders));
        values.put("amount", esc(money(s.grant().amountAwarded(), s.grant().currency())));
        values.put("grantDates", esc(day(s.grant().start()) + " to " + day(s.grant().end())));
        values.put("period", esc(s.period().name()));
        values.put("periodDates", esc(day(s.period().start()) + " to " + day(s.period().end())));
        values.put("reportDue", esc(day(s.period().reportDue())));
        values.put("asOf", esc(day(s.asOf())));
        values.put("version", String.valueOf(s.version()));
        values.put("generated", esc(MOMENT.format(s.generatedAt().atZone(zone))));
        values.put("generatedBy", esc(s.generatedBy()));
        values.put("template", TEMPLATE_VERSION);
        values.put("narrative", narrative(s.narrative()));
        values.put("milestones", milestones(s));
        values.put("outcomes", outcomes(s, charts));
        values.put("budget", budget(s, zone, charts));
        values.put("highlights", highlights(s.highlights()));
        Matcher matcher = PLACEHOLDER.matcher(template());
        StringBuilder html = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("The report layout names an unknown field " + matcher.group());
            }
            matcher.appendReplacement(html, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(html);
        return html.toString();
    }

    private static String narrative(NarrativeSections narrative) {
        StringBuilder html = new StringBuilder();
        for (NarrativeSections.Section section : narrative.sections()) {
            html.append("<h3>").append(esc(section.heading())).append("</h3>");
            if (section.text() == null) {
                html.append("<p class=\"empty\">Not written for this report.</p>");
            } else {
                for (String paragraph : section.text().split("\\R\\s*\\R")) {
                    html.append("<p>").append(esc(paragraph.strip()).replaceAll("\\R", "<br/>")).append("</p>");
                }
            }
        }
        return html.toString();
    }

    private static String milestones(ReportSnapshot s) {
        StringBuilder html = new StringBuilder();
        ReportSnapshot.MilestoneTotals t = s.milestonesToDate();
        html.append("<p>All the grant's milestones as of ").append(esc(day(s.asOf()))).append(": ")
                .append(t.done()).append(" done, ").append(t.due()).append(" due, ").append(t.missed())
                .append(" missed, ").append(t.deferred()).append(" deferred.</p>");
        if (s.milestones().isEmpty()) {
            return html.append("<p class=\"empty\">No milestone was due or completed in this period.</p>")
                    .toString();
        }
        html.append("<table class=\"data\"><caption>Milestones due or completed in ").append(esc(s.period().name()))
                .append("</caption><thead><tr><th scope=\"col\">Milestone</th><th scope=\"col\">Owner</th>")
                .append("<th scope=\"col\">Due</th><th scope=\"col\">Standing</th><th scope=\"col\">Completed</th>")
                .append("</tr></thead><tbody>");
        for (MilestoneLine m : s.milestones()) {
            html.append("<tr><td>").append(esc(m.title())).append("</td><td>").append(esc(m.owner()))
                    .append("</td><td>").append(esc(day(m.dueDate()))).append("</td><td class=\"standing-")
                    .append(m.standing().name().toLowerCase(Locale.ROOT)).append("\">")
                    .append(esc(m.standing().label())).append("</td><td>").append(esc(day(m.completedOn())))
                    .append("</td></tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    private static String outcomes(ReportSnapshot s, ChartDrawer charts) {
        if (s.outcomes().isEmpty()) {
            return "<p class=\"empty\">This grant has no outcome indicators.</p>";
        }
        String period = esc(s.period().name());
        StringBuilder html = new StringBuilder("<table class=\"data\"><caption>Targets and actuals, in ")
                .append(period).append(" and to date</caption><thead><tr><th scope=\"col\">Indicator</th>")
                .append("<th scope=\"col\" class=\"num\">Target, ").append(period).append("</th>")
                .append("<th scope=\"col\" class=\"num\">Actual, ").append(period).append("</th>")
                .append("<th scope=\"col\" class=\"num\">% of target</th>")
                .append("<th scope=\"col\" class=\"num\">Target to date</th>")
                .append("<th scope=\"col\" class=\"num\">Actual to date</th>")
                .append("<th scope=\"col\" class=\"num\">% of target</th></tr></thead><tbody>");
        for (OutcomeLine o : s.outcomes()) {
            html.append("<tr><th scope=\"row\">").append(esc(o.name())).append(" (").append(esc(o.unit()))
                    .append(")</th>").append(progressCells(o.period())).append(progressCells(o.toDate()))
                    .append("</tr>");
        }
        html.append("</tbody></table>");
        ReportCharts.Chart chart = ReportCharts.outcomes(s.outcomes(), s.period().name());
        return html.append(figure(charts, chart, "Each indicator's actual as a percentage of its target."))
                .toString();
    }

    private static String progressCells(Progress progress) {
        Integer percentage = progress.percentage();
        return "<td class=\"num\">" + esc(ReportCsv.figure(progress.target())) + "</td><td class=\"num\">"
                + esc(ReportCsv.figure(progress.actual())) + "</td><td class=\"num\">"
                + (percentage == null ? "" : percentage + "%") + "</td>";
    }

    private static String budget(ReportSnapshot s, ZoneId zone, ChartDrawer charts) {
        if (s.budget() == null) {
            return "<p class=\"empty\">No budget or spend was recorded for this grant when this version was "
                    + "generated.</p>";
        }
        String currency = s.budget().currency();
        StringBuilder html = new StringBuilder();
        html.append("<p>Variances over ").append(esc(ReportCsv.figure(s.budget().thresholdPercent())))
                .append("% of a line's budget are explained.</p>");
        html.append(spendTable(s.period().name(), s.budget().period(), currency, true));
        html.append(figure(charts, ReportCharts.budget(s.budget().period().lines(), currency, s.period().name()),
                "Budget against spend by line, " + s.period().name() + "."));
        html.append(spendTable("the grant to date, as at " + day(s.generatedAt().atZone(zone).toLocalDate())
                + " (the budgets of the periods begun by then)", s.budget().toDate(), currency, false));
        html.append("<h3>Payments received</h3>");
        List<Payment> payments = s.budget().toDate().payments();
        if (payments.isEmpty()) {
            return html.append("<p class=\"empty\">No payment has been received yet.</p>").toString();
        }
        html.append("<table class=\"data\"><caption>Payments received from the funder</caption><thead><tr>")
                .append("<th scope=\"col\">Date</th><th scope=\"col\">Note</th>")
                .append("<th scope=\"col\" class=\"num\">Amount</th></tr></thead><tbody>");
        for (Payment payment : payments) {
            html.append("<tr><td>").append(esc(day(payment.date()))).append("</td><td>").append(esc(payment.note()))
                    .append("</td><td class=\"num\">").append(esc(money(payment.amount(), currency)))
                    .append("</td></tr>");
        }
        return html.append("</tbody><tfoot><tr><th scope=\"row\" colspan=\"2\">Total received</th>")
                .append("<td class=\"num\">").append(esc(money(s.budget().toDate().paymentsTotal(), currency)))
                .append("</td></tr></tfoot></table>").toString();
    }

    private static String spendTable(String what, Spend spend, String currency, boolean flagOverThreshold) {
        StringBuilder html = new StringBuilder("<table class=\"data\"><caption>Budget and spend, ")
                .append(esc(what)).append(" (").append(esc(currency)).append(")</caption><thead><tr>")
                .append("<th scope=\"col\">Line</th><th scope=\"col\" class=\"num\">Budget</th>")
                .append("<th scope=\"col\" class=\"num\">Spent</th><th scope=\"col\" class=\"num\">Variance</th>")
                .append("<th scope=\"col\" class=\"num\">%</th><th scope=\"col\">Explanation</th></tr></thead><tbody>");
        for (BudgetLine line : spend.lines()) {
            html.append("<tr><th scope=\"row\">").append(esc(line.category()))
                    .append(line.description() == null ? "" : "<br/><span class=\"line-description\">"
                            + esc(line.description()) + "</span>")
                    .append("</th><td class=\"num\">").append(esc(amount(line.budget())))
                    .append("</td><td class=\"num\">").append(esc(amount(line.spent())))
                    .append("</td><td class=\"num\">").append(esc(amount(line.variance())))
                    .append("</td><td class=\"num").append(flagOverThreshold && line.overThreshold() ? " over" : "")
                    .append("\">")
                    .append(esc(ReportCsv.figure(line.variancePercent()))).append("</td><td>")
                    .append(esc(line.explanation())).append("</td></tr>");
        }
        return html.append("</tbody><tfoot><tr><th scope=\"row\">Total</th><td class=\"num\">")
                .append(esc(amount(spend.budgetTotal()))).append("</td><td class=\"num\">")
                .append(esc(amount(spend.spentTotal()))).append("</td><td class=\"num\">")
                .append(esc(amount(spend.budgetTotal() == null || spend.spentTotal() == null ? null
                        : spend.spentTotal().subtract(spend.budgetTotal()))))
                .append("</td><td></td><td></td></tr></tfoot></table>").toString();
    }

    private static String highlights(List<HighlightLine> highlights) {
        if (highlights.isEmpty()) {
            return "<p class=\"empty\">No partner update for this period has been accepted yet.</p>";
        }
        StringBuilder html = new StringBuilder();
        for (HighlightLine h : highlights) {
            html.append("<h3>").append(esc(h.programme())).append(" (").append(esc(h.partner())).append(")</h3>");
            if (h.story() != null) {
                html.append("<blockquote><p>").append(esc(h.story())).append("</p></blockquote>");
            }
            if (h.differenceMade() != null) {
                html.append("<p><strong>The difference made:</strong> ").append(esc(h.differenceMade()))
                        .append("</p>");
            }
        }
        return html.toString();
    }

    private static String figure(ChartDrawer charts, ReportCharts.Chart chart, String caption) {
        return "<figure>" + charts.element(chart, CONTENT_WIDTH_MM) + "<figcaption>" + esc(caption)
                + "</figcaption></figure>";
    }

    static String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        String symbol = "GBP".equals(currency) ? "\u00a3" : currency + " ";
        return symbol + String.format(Locale.UK, "%,.2f", amount);
    }

    /** A sum of money in the table's currency: 98,000 or 1,250.50. */
    static String amount(BigDecimal value) {
        if (value == null) {
            return "";
        }
        return value.stripTrailingZeros().scale() <= 0 ? String.format(Locale.UK, "%,d", value.toBigInteger())
                : String.format(Locale.UK, "%,.2f", value);
    }

    private static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String template() {
        return Layout.TEXT;
    }

    /** The layout, read from the application once rather than out of the WAR for every PDF. */
    private static final class Layout {
        static final String TEXT = read();

        private static String read() {
            try (InputStream in = resource(TEMPLATE_VERSION + ".html")) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Parses the filled layout with the JDK's own XML parser, set up once. Given the layout as a string, openhtmltopdf
     * looked up a SAX parser factory and a transformer factory for every PDF, and each look-up searched every jar of
     * the application for a service entry (seen in a flight recording of the batch benchmark: about 5% of its CPU time).
     * The factory is configured once and only read afterwards; each parse has its own document builder.
     */
    static final class Xhtml {
        private static final DocumentBuilderFactory FACTORY = factory();

        private Xhtml() {
        }

        static Document parse(String xhtml) {
            try {
                DocumentBuilder builder;
                synchronized (FACTORY) {
                    builder = FACTORY.newDocumentBuilder();
                }
                return builder.parse(new InputSource(new StringReader(xhtml)));
            } catch (ParserConfigurationException | SAXException e) {
                throw new IllegalStateException("The filled report layout is not well-formed XHTML", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static DocumentBuilderFactory factory() {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            try {
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
                factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
                factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException("The JDK's XML parser lacks a standard feature", e);
            }
            factory.setExpandEntityReferences(false);
            return factory;
        }
    }

    /**
     * The fonts, read from the application once: reading them out of the WAR for every PDF cost a zip look-up and two
     * growing copies of 1.4 MB each time (seen in a flight recording of the batch benchmark).
     */
    private static final class Fonts {
        static final byte[] REGULAR = bytes("fonts/DejaVuSans.ttf");
        static final byte[] BOLD = bytes("fonts/DejaVuSans-Bold.ttf");

        private static byte[] bytes(String name) {
            try (InputStream in = resource(name)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * DejaVu Sans and its bold, parsed. A parsed font is read from as a PDF is saved, so one pair serves one PDF at
     * a time: a PDF borrows a pair, or parses one when none is free, and gives it back; at most
     * {@link #KEPT} pairs are kept.
     */
    private static final class ParsedFonts {
        private static final int KEPT = 8;
        private static final BlockingQueue<ParsedFonts> FREE = new ArrayBlockingQueue<>(KEPT);

        final TrueTypeFont regular;
        final TrueTypeFont bold;

        private ParsedFonts() throws IOException {
            regular = new TTFParser().parse(new RandomAccessReadBuffer(Fonts.REGULAR));
            bold = new TTFParser().parse(new RandomAccessReadBuffer(Fonts.BOLD));
        }

        static ParsedFonts borrow() throws IOException {
            ParsedFonts free = FREE.poll();
            return free != null ? free : new ParsedFonts();
        }

        void giveBack() {
            FREE.offer(this);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = ReportPdf.class.getResourceAsStream(TEMPLATES + name);
        if (in == null) {
            throw new IllegalStateException("The report layout file " + name + " is missing from the application");
        }
        return in;
    }
}
