package org.firstmile.report.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.firstmile.report.model.ReportSnapshot;
import org.junit.jupiter.api.Test;

/** The three files rendered from one snapshot: what a funder opens. */
class ReportFilesTest {

    private final ReportSnapshot snapshot = withBudget(SnapshotAssemblerTest.yearOneReport(LocalDate.of(2026, 3, 1)));

    static ReportSnapshot withBudget(ReportSnapshot s) {
        ReportSnapshot.BudgetLine events = new ReportSnapshot.BudgetLine("Activities and events", "Learning events",
                new BigDecimal("28000"), new BigDecimal("33600"), new BigDecimal("5600"), new BigDecimal("20"), true,
                "Two extra learning events in the spring.");
        ReportSnapshot.BudgetLine staff = new ReportSnapshot.BudgetLine("Staff costs", "Programme lead",
                new BigDecimal("98000"), new BigDecimal("96400"), new BigDecimal("-1600"), new BigDecimal("-1.6"),
                false, null);
        List<ReportSnapshot.Payment> payments = List.of(new ReportSnapshot.Payment(LocalDate.of(2025, 1, 5),
                new BigDecimal("174750"), "First tranche"));
        ReportSnapshot.Spend spend = new ReportSnapshot.Spend(List.of(staff, events), new BigDecimal("126000"),
                new BigDecimal("130000"), payments, new BigDecimal("174750"));
        return new ReportSnapshot(s.grant(), s.period(), s.version(), s.asOf(), s.generatedAt(), s.generatedBy(),
                s.milestones(), s.milestonesToDate(), s.outcomes(),
                new ReportSnapshot.Budget("GBP", new BigDecimal("15"), spend, spend), s.highlights(), s.narrative());
    }

    @Test
    void theCsvHasOneFigureARowUnderAHeader() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportCsv.write(snapshot, out);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("Section,Item,Measure,Unit,This period,To date");
        assertThat(lines).contains("Report,Grant,Title,,Building a Relationships Collective,",
                "Milestones,Recruit the Collective,Standing,,Done,",
                "Milestones,Hold a summit,Standing,,Missed,",
                "Milestone totals,All milestones,Done,milestones,,2",
                "Outcomes,People brought together,Target,people,400,400",
                "Outcomes,People brought together,Actual,people,455,455",
                "Outcomes,People brought together,Percentage of target,%,114,114",
                "Outcomes,Learning sessions held,Actual,people,11,11",
                "Budget,Activities and events: Learning events,Spent,GBP,33600,33600",
                "Budget,Activities and events: Learning events,Explanation,,Two extra learning events in the spring.,",
                "Budget,Total,Budget,GBP,126000,126000",
                "Payments,2025-01-05,Received,GBP,,174750");
    }

    @Test
    void theCsvQuotesTextWithCommasAndQuotes() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportCsv.write(SnapshotAssembler.assemble(SnapshotAssemblerTest.GRANT, SnapshotAssemblerTest.YEAR_ONE, 1,
                LocalDate.of(2026, 3, 1), java.time.Instant.EPOCH, "staff", List.of(SnapshotAssemblerTest.milestone(
                        "Publish \"Two years\", the account", SnapshotAssemblerTest.START.plusMonths(2),
                        org.firstmile.milestone.model.MilestoneStatus.PLANNED, null)), List.of(), null, List.of(),
                org.firstmile.partner.model.Narrative.empty()), out);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Milestones,\"Publish \"\"Two years\"\", the account\",Standing,,Missed,");
    }

    @Test
    void theWorkbookHoldsTheSameFiguresAsNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportXlsx.write(snapshot, out);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Section");
            Row actual = rows.stream().filter(r -> "People brought together".equals(r.getCellText(1))
                    && "Actual".equals(r.getCellText(2))).findFirst().orElseThrow();
            assertThat(actual.getCellAsNumber(4)).contains(new BigDecimal("455"));
        }
    }

    @Test
    void thePdfIsTaggedAndHoldsTheTitlePageTablesAndPageNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportPdf.write(snapshot, ZoneOffset.UTC, out);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "report-unit-test.pdf"), out.toByteArray());
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Building a Relationships Collective", "Year one", "360G-TEST-7",
                    "Recruit the Collective", "People brought together", "455", "114%", "A year of recruiting.", "33,600", "Two extra learning events in the spring.", "£174,750.00",
                    "Page 2 of " + pdf.getNumberOfPages());
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged PDF").isTrue();
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(pdf.getDocumentInformation().getTitle()).contains("Building a Relationships Collective");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
        }
    }

    @Test
    void theChartsAreVectorFiguresThatScreenReadersReadAsTheirAltText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportPdf.write(snapshot, ZoneOffset.UTC, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            List<String> figures = new ArrayList<>();
            collectFigures(pdf.getDocumentCatalog().getStructureTreeRoot().getKids(), figures);
            assertThat(figures).hasSize(2);
            assertThat(figures.get(0)).startsWith("Bar chart of each outcome indicator's actual as a percentage of its "
                    + "target, in Year one and to date: People brought together, 114% of target in Year one");
            assertThat(figures.get(1)).startsWith("Bar chart of budget against spend in Year one, in GBP: Staff costs, "
                    + "budget 98000 and spent 96400;");
            for (PDPage page : pdf.getPages()) {
                assertThat(images(page.getResources())).as("no raster image on any page").isZero();
            }
        }
    }

    private static void collectFigures(List<Object> kids, List<String> figures) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                if ("Figure".equals(element.getStructureType())) {
                    figures.add(element.getAlternateDescription());
                }
                collectFigures(element.getKids(), figures);
            }
        }
    }

    private static int images(PDResources resources) throws Exception {
        int count = 0;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject) {
                count++;
            } else if (object instanceof PDFormXObject form && form.getResources() != null) {
                count += images(form.getResources());
            }
        }
        return count;
    }
}
