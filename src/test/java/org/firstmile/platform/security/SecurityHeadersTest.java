package org.firstmile.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    private final Map<String, String> headers = new LinkedHashMap<>();

    private final HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                if (method.getName().equals("setHeader")) {
                    headers.put((String) args[0], (String) args[1]);
                }
                return null;
            });

    @Test
    void overHttpsTheBrowserIsToldToUseHttpsFromNowOn() {
        SecurityHeaders.apply(response, true);

        assertThat(headers).containsEntry("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }

    @Test
    void overPlainHttpNoHstsIsSentButEverythingElseIs() {
        SecurityHeaders.apply(response, false);

        assertThat(headers).doesNotContainKey("Strict-Transport-Security")
                .containsEntry("X-Frame-Options", "DENY")
                .containsEntry("X-Content-Type-Options", "nosniff")
                .containsKey("Referrer-Policy")
                .containsEntry("Content-Security-Policy", SecurityHeaders.POLICY);
    }

    @Test
    void scriptSourceIsTheLastDirectiveSoPrimeFacesCanAppendTheNonce() {
        assertThat(SecurityHeaders.POLICY).endsWith("script-src 'self'").contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-eval");
        assertThat(SecurityHeaders.POLICY.substring(SecurityHeaders.POLICY.lastIndexOf(';')))
                .doesNotContain("unsafe-inline");
    }

    @Test
    void webXmlHandsThePolicyToPrimeFacesCspMode() throws Exception {
        String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));

        assertThat(webXml).containsPattern("<param-name>primefaces.CSP</param-name>\\s*<param-value>true</param-value>")
                .containsPattern("<param-name>primefaces.CSP_POLICY</param-name>\\s*"
                        + "<param-value>#\\{securityHeaders.contentSecurityPolicy}</param-value>");
    }
}
