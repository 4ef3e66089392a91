package org.firstmile.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.firstmile.finance.service.FinanceReader;
import org.firstmile.finance.service.FinanceSummary;
import org.firstmile.grant.model.Grant;
import org.firstmile.grant.model.ReportingPeriod;
import org.firstmile.identity.model.Role;
import org.firstmile.report.model.ReportFormat;
import org.firstmile.report.model.ReportSnapshot;
import org.firstmile.report.service.GeneratedReport;
import org.firstmile.report.service.ReportDownload;
import org.firstmile.report.service.ReportFileChangedException;
import org.firstmile.report.service.ReportFinance;
import org.firstmile.report.service.ReportGeneration;
import org.firstmile.report.service.ReportService;
import org.firstmile.report.service.ReportStore;
import org.firstmile.report.service.ReportSummary;
import org.firstmile.testsupport.Deployments;
import org.firstmile.testsupport.Deployments.InContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Generating the demo grant's Year one report in the container: the three files open with their readers and say
 * what the grant's figures say; every version is new and leaves the earlier ones alone; a generation cut short
 * leaves nothing; two attempts at once to generate once make one version; a changed file is refused at download.
 */
@ExtendWith(ArquillianExtension.class)
class ReportGenerationIT {

    @Inject
    ReportGeneration generation;

    @Inject
    ReportStore store;

    @EJB
    ReportService reports;

    @Inject
    ReportFinance reportFinance;

    @Inject
    FinanceReader finance;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @PersistenceContext
    EntityManager em;

    @Test
    void theYearOneReportOpensAsPdfCsvAndXlsxWithTheGrantsTitleAndFigures() throws Exception {
        List<String> steps = new ArrayList<>();
        GeneratedReport report = generation.generate(demoGrant(), yearOne(), "staff", steps::add);

        assertThat(steps).hasSize(ReportGeneration.STEPS);
        assertThat(report.files().get(ReportFormat.PDF).toString()).contains("/" + demoGrant() + "/" + yearOne() + "/v"
                + report.version() + "/");
        try (PDDocument pdf = Loader.loadPDF(report.files().get(ReportFormat.PDF).toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Building a Relationships Collective: an infrastructure for relationships",
                    "Year one", "Recruit the Relationships Collective", "People brought together", "455",
                    "114%", "From recruiting the Relationships Collective to the first learning events",
                    "The Roots Programme", "Budget and spend", "Page 2 of");
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).as("a tagged PDF").isNotNull();
        }
        try (Reader reader = Files.newBufferedReader(report.files().get(ReportFormat.CSV))) {
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader).getRecords();
            assertThat(rows).anySatisfy(row -> {
                assertThat(row.get("Item")).isEqualTo("People brought together");
                assertThat(row.get("Measure")).isEqualTo("Actual");
                assertThat(row.get("This period")).isEqualTo("455");
            });
            assertThat(rows).anySatisfy(row -> assertThat(row.get("Section")).isEqualTo("Budget"));
        }
        try (InputStream in = Files.newInputStream(report.files().get(ReportFormat.XLSX));
                ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).anySatisfy(row -> {
                assertThat(row.getCellText(1)).isEqualTo("Learning sessions held");
                assertThat(row.getCellText(2)).isEqualTo("Actual");
                assertThat(row.getCellAsNumber(4)).contains(new BigDecimal("11"));
            });
        }
    }

    @Test
    void theReportsBudgetIsThePeriodAndToDateTheFinancePagesShow() {
        Grant grant = em.find(Grant.class, demoGrant());
        for (ReportingPeriod period : grant.getPeriods()) {
            ReportSnapshot.Budget budget = reportFinance.budget(grant, period.getId());
            FinanceSummary inPeriod = finance.forPeriod(grant.getId(), period.getId());
            FinanceSummary toDate = finance.toDate(grant.getId());
            assertThat(budget).as(period.getName()).isNotNull();
            assertThat(budget.currency()).isEqualTo(inPeriod.currency());
            assertThat(budget.thresholdPercent()).isEqualTo(inPeriod.thresholdPercent());
            assertSameSpend(budget.period(), inPeriod);
            assertSameSpend(budget.toDate(), toDate);
        }
    }

    private static void assertSameSpend(ReportSnapshot.Spend spend, FinanceSummary summary) {
        assertThat(spend.lines()).extracting(ReportSnapshot.BudgetLine::category, ReportSnapshot.BudgetLine::budget,
                ReportSnapshot.BudgetLine::spent, ReportSnapshot.BudgetLine::explanation)
                .containsExactlyElementsOf(summary.lines().stream().map(line -> org.assertj.core.groups.Tuple.tuple(
                        line.category(), line.budget(), line.spent(), line.explanation())).toList());
        assertThat(spend.budgetTotal()).isEqualTo(summary.budgetTotal());
        assertThat(spend.spentTotal()).isEqualTo(summary.spentTotal());
        assertThat(spend.paymentsTotal()).isEqualTo(summary.paymentsTotal());
        assertThat(spend.payments()).hasSameSizeAs(summary.payments());
    }

    @Test
    void regeneratingMakesTheNextVersionAndLeavesTheEarlierFilesUntouched() throws Exception {
        GeneratedReport first = generation.generate(demoGrant(), yearOne(), "staff", step -> { });
        Map<ReportFormat, String> before = checksums(first);

        GeneratedReport second = generation.generate(demoGrant(), yearOne(), "staff", step -> { });

        assertThat(second.version()).isEqualTo(first.version() + 1);
        assertThat(checksums(first)).isEqualTo(before);
        assertThat(em.createQuery("SELECT f.sha256 FROM ReportFile f WHERE f.report.id = :id ORDER BY f.format",
                String.class).setParameter("id", first.reportId()).getResultList())
                .containsExactlyInAnyOrderElementsOf(before.values());
        assertThat(second.files().get(ReportFormat.PDF)).isNotEqualTo(first.files().get(ReportFormat.PDF));
    }

    @Test
    void aGenerationCutShortLeavesNoRowAndNoFileAndTheNextTakesTheSameNumber() throws Exception {
        int next = lastVersion() + 1;
        assertThatThrownBy(() -> generation.generate(demoGrant(), yearOne(), "staff", step -> {
            if (step.startsWith("Moving")) {
                throw new IllegalStateException("the process dies here");
            }
        })).hasMessageContaining("the process dies here");
        assertThat(lastVersion()).isEqualTo(next - 1);
        Path period = store.root().resolve(demoGrant() + "/" + yearOne());
        assertThat(visible(period)).doesNotContain("v" + next);

        Files.createDirectories(period.resolve("v" + next)).resolve("half-written.pdf").toFile().createNewFile();
        Files.createDirectories(period.resolve(".staging-v" + next + "-left-by-a-crash"));
        GeneratedReport report = generation.generate(demoGrant(), yearOne(), "staff", step -> { });

        assertThat(report.version()).isEqualTo(next);
        assertThat(visible(period.resolve("v" + next))).doesNotContain("half-written.pdf").hasSize(3);
        assertThat(visible(period)).noneMatch(name -> name.startsWith(".staging"));
    }

    @Test
    void twoAttemptsAtOnceToGenerateOnceMakeOneVersion() throws Exception {
        String requester = "once-" + UUID.randomUUID();
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<Optional<GeneratedReport>>> attempts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            attempts.add(executor.submit(() -> {
                together.await(10, TimeUnit.SECONDS);
                return generation.generateOnce(demoGrant(), yearOne(), requester, step -> { });
            }));
        }
        List<Optional<GeneratedReport>> made = new ArrayList<>();
        for (Future<Optional<GeneratedReport>> attempt : attempts) {
            made.add(attempt.get(60, TimeUnit.SECONDS));
        }

        assertThat(made).filteredOn(Optional::isPresent).as("attempts that generated").hasSize(1);
        assertThat(em.createQuery("SELECT COUNT(r) FROM ProgressReport r WHERE r.generatedBy = :by", Long.class)
                .setParameter("by", requester).getSingleResult()).isEqualTo(1);
        assertThat(generation.generateOnce(demoGrant(), yearOne(), requester, step -> { })).isEmpty();
    }

    @Test
    void aReportFileThatChangedOnDiskIsRefusedAtDownload() throws Exception {
        InContainer.signInAs(Role.STAFF);
        GeneratedReport report = generation.generate(demoGrant(), yearOne(), "staff", step -> { });
        ReportDownload pdf = reports.download(report.reportId(), ReportFormat.PDF);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.size()).isEqualTo(Files.size(report.files().get(ReportFormat.PDF)));

        Files.writeString(report.files().get(ReportFormat.CSV), "tampered", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        assertThatThrownBy(() -> reports.download(report.reportId(), ReportFormat.CSV))
                .isInstanceOf(ReportFileChangedException.class).hasMessageContaining("has changed or gone");
        assertThat(reports.reportsOf(demoGrant())).extracting(ReportSummary::id).contains(report.reportId());
    }

    private Map<ReportFormat, String> checksums(GeneratedReport report) {
        return report.files().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> ReportStore.sha256(e.getValue())));
    }

    private int lastVersion() {
        Integer last = em.createQuery("SELECT MAX(r.reportVersion) FROM ProgressReport r WHERE r.grant.id = :grant "
                + "AND r.period.id = :period", Integer.class).setParameter("grant", demoGrant())
                .setParameter("period", yearOne()).getSingleResult();
        return last == null ? 0 : last;
    }

    private static List<String> visible(Path folder) throws Exception {
        try (var entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).toList();
        }
    }

    private long demoGrant() {
        return em.createQuery("SELECT g.id FROM Grant g WHERE g.title LIKE 'Building a Relationships%'", Long.class)
                .getSingleResult();
    }

    private long yearOne() {
        return em.createQuery("SELECT p.id FROM ReportingPeriod p WHERE p.grant.id = :grant AND p.sequenceNo = 1",
                Long.class).setParameter("grant", demoGrant()).getSingleResult();
    }
}
