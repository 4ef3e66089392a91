package org.firstmile.partner.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.firstmile.partner.model.StoredFile;
import org.firstmile.platform.error.BusinessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The evidence store on a real folder: what a hostile upload can and cannot leave behind. */
class EvidenceStoreTest {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    @TempDir
    Path root;

    private Path folder;

    private final EvidenceStore store = new EvidenceStore();

    @BeforeEach
    void storeInATemporaryFolder() {
        folder = root.resolve("evidence");
        store.directory = folder.toString();
        store.maxBytes = 1024;
    }

    @Test
    void aFileOverTheLimitIsRefusedAndNothingIsKept() {
        byte[] big = Arrays.copyOf(PDF, 1025);

        assertThatThrownBy(() -> store.store("report.pdf", new ByteArrayInputStream(big)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("larger than");
        assertThat(filesIn(folder)).isEmpty();
    }

    @Test
    void anEndlessUploadIsCutOffAtTheLimit() {
        InputStream endless = new InputStream() {
            private long sent;

            @Override
            public int read() {
                sent++;
                if (sent > 10_000_000) {
                    throw new AssertionError("the store read far past its limit");
                }
                return sent <= PDF.length ? PDF[(int) sent - 1] : 'x';
            }
        };

        assertThatThrownBy(() -> store.store("report.pdf", endless)).isInstanceOf(BusinessException.class);
        assertThat(filesIn(folder)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<html><script>alert(1)</script></html>", "MZ\u0090\u0000executable",
        "#!/bin/sh\nrm -rf /", "PK\u0003\u0004not really an office file"})
    void aFileWhoseContentIsNotAnAcceptedTypeIsRefusedWhateverItsName(String content) {
        byte[] bytes = content.getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> store.store("year-one-report.pdf", new ByteArrayInputStream(bytes)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("is not a file type");
        assertThat(filesIn(folder)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd.pdf", "..\\..\\windows\\win.ini.pdf", "/etc/passwd.pdf",
        "evidence/../../escape.pdf", "..", ".htaccess.pdf", "report.pdf\u0000.html"})
    void aNameThatReachesOutsideTheFolderIsRefusedAndNothingIsWrittenAnywhere(String name) {
        assertThatThrownBy(() -> store.store(name, new ByteArrayInputStream(PDF)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("file name");
        assertThat(filesIn(root)).as("nothing in or beside the evidence folder").isEmpty();
    }

    @Test
    void anAcceptedFileIsKeptUnderARandomKeyInsideTheFolderNotUnderItsName() throws IOException {
        StoredFile stored = store.store("Year one report.pdf", new ByteArrayInputStream(PDF));

        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(filesIn(folder)).containsExactly(folder.resolve(stored.storageKey()));
        assertThat(stored.storageKey()).doesNotContain("report").matches("[0-9a-f-]{36}");
        assertThat(store.read(stored)).isEqualTo(PDF);
    }

    private static java.util.List<Path> filesIn(Path directory) {
        if (!Files.isDirectory(directory)) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
