package org.firstmile.platform.persistence;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Diagnostics for the benchmarks: when {@code firstmile.diagnostics.count-statements=true} and a request carries
 * {@code X-Count-Statements}, the response says in {@code X-SQL-Statements} how many SQL statements the request sent.
 * Such a response is buffered so the header can follow the page; every other request passes straight through, and
 * with the setting off (the default) nothing is ever counted.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class StatementCountFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String REQUEST_HEADER = "X-Count-Statements";
    static final String RESPONSE_HEADER = "X-SQL-Statements";

    @Inject
    @ConfigProperty(name = "firstmile.diagnostics.count-statements", defaultValue = "false")
    boolean enabled;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!enabled || request.getHeader(REQUEST_HEADER) == null) {
            chain.doFilter(request, response);
            return;
        }
        BufferedResponse buffered = new BufferedResponse(response);
        StatementCounter.start();
        int statements;
        try {
            chain.doFilter(request, buffered);
        } finally {
            statements = StatementCounter.stop();
        }
        response.setHeader(RESPONSE_HEADER, String.valueOf(statements));
        buffered.copyTo(response);
    }

    private static final class BufferedResponse extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private PrintWriter writer;

        BufferedResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    body.write(bytes, offset, length);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("Counted responses are written synchronously");
                }
            };
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(body, charset));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void setContentLength(int length) {
            // the real length is set when the buffer is copied
        }

        @Override
        public void setContentLengthLong(long length) {
            // the real length is set when the buffer is copied
        }

        void copyTo(HttpServletResponse response) throws IOException {
            flushBuffer();
            if (!response.isCommitted()) {
                response.setContentLength(body.size());
            }
            body.writeTo(response.getOutputStream());
        }
    }
}
