package org.firstmile.report.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A report file checked against its SHA-256 and ready to send. */
public record ReportDownload(String fileName, String contentType, long size, Path path) {

    public InputStream open() throws IOException {
        return Files.newInputStream(path);
    }
}
