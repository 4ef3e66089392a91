package org.firstmile.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Sends checked bytes as a file download: always an attachment with the type found by content and {@code nosniff},
 * so that a browser never runs an uploaded file as a page, whatever its name says.
 */
public final class Downloads {

    private Downloads() {
    }

    public static void send(HttpServletResponse response, String fileName, String contentType, byte[] bytes)
            throws IOException {
        response.setContentType(contentType);
        response.setContentLengthLong(bytes.length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        response.getOutputStream().write(bytes);
    }

    /** The same for a file streamed from disk, such as a generated report, without holding it in memory. */
    public static void send(HttpServletResponse response, String fileName, String contentType, long size,
            InputStream content) throws IOException {
        response.setContentType(contentType);
        response.setContentLengthLong(size);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        try (content) {
            content.transferTo(response.getOutputStream());
        }
    }
}
