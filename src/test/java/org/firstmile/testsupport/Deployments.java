package org.firstmile.testsupport;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.File;
import java.io.IOException;
import org.firstmile.identity.model.Role;
import org.firstmile.platform.demo.DemoData;
import org.firstmile.platform.demo.DemoData.DemoLogin;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment builder for Arquillian tests. Every test deploys the WAR that {@code mvn verify} packaged, so
 * the tests see exactly what ships:
 * <ul>
 * <li>{@link #asBuilt()} for client-side tests ({@code @Deployment(testable = false)}), which talk HTTP;</li>
 * <li>{@link #inContainer(Class...)} for tests that run inside Payara Micro. It adds the given classes, the
 * {@link InContainer} helpers, and a web fragment that lets Arquillian's servlet runner through the
 * application's "sign in for everything" constraint (see {@code src/test/resources/arquillian/web-fragment.xml}).
 * Nothing else changes: the same web.xml, security, datasource and migrations.</li>
 * </ul>
 * Both need the demo data set in the database, which Failsafe asks for with {@code FIRSTMILE_DEMO_DATA=true}.
 */
public final class Deployments {

    /** The packaged application; the context root follows the archive name: {@code /firstmile}. */
    public static final File WAR = new File("target/firstmile.war");

    static final String RUNNER_FRAGMENT = "arquillian/web-fragment.xml";

    private Deployments() {
    }

    /** The WAR exactly as built. */
    public static WebArchive asBuilt() {
        if (!WAR.isFile()) {
            throw new IllegalStateException("No " + WAR + ": run the integration tests with 'mvn verify', which "
                    + "packages the WAR before Failsafe runs.");
        }
        return ShrinkWrap.create(ZipImporter.class, "firstmile.war").importFrom(WAR).as(WebArchive.class);
    }

    /**
     * The WAR as built, plus the test's own helper classes (the test class itself is added by Arquillian), the
     * {@link InContainer} helpers and the open door for the test runner.
     */
    public static WebArchive inContainer(Class<?>... classes) {
        JavaArchive runnerAccess = ShrinkWrap.create(JavaArchive.class, "firstmile-arquillian-runner.jar")
                .addAsManifestResource(RUNNER_FRAGMENT, "web-fragment.xml");
        return asBuilt()
                // The nested helpers need their declaring class in the archive too (CDI loads it).
                .addClasses(Deployments.class, InContainer.class, InContainer.CurrentExchange.class)
                .addClasses(classes)
                .addAsLibrary(runnerAccess);
    }

    /**
     * Helpers for code that runs inside the container, on the thread of the Arquillian runner's request. They
     * depend on nothing but Jakarta EE and the application.
     */
    public static final class InContainer {

        private InContainer() {
        }

        /**
         * Signs a demo user in for the rest of the current test, exactly as the login page does: Jakarta Security's
         * {@link SecurityContext#authenticate} with the user's name and password, checked by the application's
         * identity store. From then on, the servlet request and the EJB container both see that caller.
         */
        public static void signInAs(Role role) {
            DemoLogin login = demoLogin(role);
            signIn(login.username(), login.password());
        }

        /** Signs in with any username and password; fails the test unless the identity store accepts them. */
        public static void signIn(String username, String password) {
            HttpServletRequest request = CurrentExchange.request();
            HttpServletResponse response = CurrentExchange.response();
            SecurityContext security = CDI.current().select(SecurityContext.class).get();
            AuthenticationStatus status = security.authenticate(request, response,
                    AuthenticationParameters.withParams().newAuthentication(true)
                            .credential(new UsernamePasswordCredential(username, new Password(password))));
            if (status != AuthenticationStatus.SUCCESS) {
                throw new IllegalStateException("Signing in as " + username + " did not succeed: " + status);
            }
        }

        /** The demo login (see {@link DemoData#LOGINS}) whose main role is {@code role}. */
        public static DemoLogin demoLogin(Role role) {
            return DemoData.LOGINS.stream().filter(login -> login.role() == role).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No demo login with the role " + role));
        }

        /**
         * Keeps the request and response of the Arquillian runner's call for the test that runs on its thread:
         * Jakarta Security needs both to authenticate, and CDI offers only the request.
         */
        @WebFilter(urlPatterns = {"/ArquillianServletRunnerEE9", "/ArquillianServletRunner"})
        public static class CurrentExchange implements Filter {

            private static final ThreadLocal<HttpServletRequest> REQUEST = new ThreadLocal<>();
            private static final ThreadLocal<HttpServletResponse> RESPONSE = new ThreadLocal<>();

            @Override
            public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                    throws IOException, ServletException {
                REQUEST.set((HttpServletRequest) request);
                RESPONSE.set((HttpServletResponse) response);
                try {
                    chain.doFilter(request, response);
                } finally {
                    REQUEST.remove();
                    RESPONSE.remove();
                }
            }

            static HttpServletRequest request() {
                return current(REQUEST);
            }

            static HttpServletResponse response() {
                return current(RESPONSE);
            }

            private static <T> T current(ThreadLocal<T> holder) {
                T value = holder.get();
                if (value == null) {
                    throw new IllegalStateException("No runner request on this thread: sign in from the test "
                            + "method itself, in a deployment built by Deployments.inContainer");
                }
                return value;
            }
        }
    }
}
