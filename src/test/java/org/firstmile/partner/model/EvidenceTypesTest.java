package org.firstmile.partner.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceTypesTest {

    private static final byte[] ZIP = {'P', 'K', 3, 4, 0, 0};

    @Test
    void pdfAndImagesAreRecognisedByTheirFirstBytes() {
        assertThat(detect("%PDF-1.7\n")).hasValue("application/pdf");
        assertThat(detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0})).hasValue("image/png");
        assertThat(detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).hasValue("image/jpeg");
        assertThat(detect("GIF89a....")).hasValue("image/gif");
        assertThat(detect("RIFF\0\0\0\0WEBPVP8 ")).hasValue("image/webp");
    }

    @Test
    void officeOpenXmlIsRecognisedByItsParts() {
        assertThat(EvidenceTypes.detect(ZIP, Set.of("[Content_Types].xml", "word/document.xml"), null))
                .hasValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(EvidenceTypes.detect(ZIP, Set.of("[Content_Types].xml", "xl/workbook.xml"), null))
                .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(EvidenceTypes.detect(ZIP, Set.of("[Content_Types].xml", "ppt/presentation.xml"), null))
                .hasValue("application/vnd.openxmlformats-officedocument.presentationml.presentation");
    }

    @Test
    void openDocumentIsRecognisedByItsMimetypeEntry() {
        assertThat(EvidenceTypes.detect(ZIP, Set.of("mimetype"), "application/vnd.oasis.opendocument.text"))
                .hasValue("application/vnd.oasis.opendocument.text");
    }

    @Test
    void anyOtherZipIsRefusedWhateverItIsCalled() {
        assertThat(EvidenceTypes.detect(ZIP, Set.of("payload.exe"), null)).isEmpty();
        assertThat(EvidenceTypes.detect(ZIP, Set.of("[Content_Types].xml"), null)).isEmpty();
    }

    @Test
    void scriptsExecutablesAndPagesAreRefused() {
        assertThat(detect("<html><script>alert(1)</script>")).isEmpty();
        assertThat(detect("MZ\u0090\0")).isEmpty();
        assertThat(detect("#!/bin/sh\nrm -rf /")).isEmpty();
        assertThat(detect(new byte[0])).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "..\\windows\\system.ini", "a/b.pdf", ".hidden.pdf", "nul\u0000.pdf",
        "", " "})
    void namesThatReachElsewhereAreRefused(String name) {
        assertThat(EvidenceTypes.isSafeFileName(name)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Year one report.pdf", "photo 2026-11-01.jpg", "figures (final).xlsx", "résumé.docx"})
    void ordinaryNamesAreAccepted(String name) {
        assertThat(EvidenceTypes.isSafeFileName(name)).isTrue();
    }

    private static Optional<String> detect(String head) {
        return detect(head.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static Optional<String> detect(byte[] head) {
        return EvidenceTypes.detect(head, Set.of(), null);
    }
}
