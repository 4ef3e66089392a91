package org.firstmile.report.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The filled layout parsed by the one parser factory that all PDFs share. */
class ReportPdfXhtmlTest {

    private final String layout = ReportPdf.html(
            ReportFilesTest.withBudget(SnapshotAssemblerTest.yearOneReport(LocalDate.of(2026, 3, 1))), ZoneOffset.UTC,
            new ChartDrawer());

    @Test
    void theLayoutParsesIntoTheHtmlNamespaceWithItsStylesAndCharts() {
        Document document = ReportPdf.Xhtml.parse(layout);
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("html");
        assertThat(document.getElementsByTagName("style").item(0).getTextContent()).contains("@page");
        assertThat(document.getElementsByTagName("object").getLength()).isEqualTo(2);
        assertThat(document.getElementsByTagName("h1").item(0).getTextContent())
                .isEqualTo("Building a Relationships Collective");
    }

    @Test
    void severalPdfsParsingAtOnceEachGetTheSameDocument() throws Exception {
        String expected = serialised(ReportPdf.Xhtml.parse(layout));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> parsed = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                parsed.add(threads.submit(() -> serialised(ReportPdf.Xhtml.parse(layout))));
            }
            for (Future<String> each : parsed) {
                assertThat(each.get()).isEqualTo(expected);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void anExternalEntityIsNeverRead() {
        String withEntity = "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                + "<html><body>&secret;</body></html>";
        try {
            assertThat(ReportPdf.Xhtml.parse(withEntity).getDocumentElement().getTextContent()).doesNotContain("root:");
        } catch (IllegalStateException refused) {
            assertThat(refused).hasMessageContaining("not well-formed");
        }
    }

    private static String serialised(Document document) throws Exception {
        StringWriter out = new StringWriter();
        TransformerFactory.newDefaultInstance().newTransformer().transform(new DOMSource(document),
                new StreamResult(out));
        return out.toString();
    }
}
