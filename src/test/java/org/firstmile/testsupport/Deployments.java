package org.firstmile.testsupport;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
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
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.assertj.core.api.Assertions;
import org.codehaus.stax2.XMLInputFactory2;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.firstmile.grant.model.Grant;
import org.firstmile.grant.service.AwardForm;
import org.firstmile.identity.model.Role;
import org.firstmile.platform.demo.DemoData.DemoLogin;
import org.firstmile.platform.demo.DemoData;
import org.firstmile.proposal.model.Proposal;
import org.firstmile.proposal.model.ProposalStatus;
import org.firstmile.proposal.service.ProposalForm;
import org.firstmile.proposal.service.ProposalService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.slf4j.LoggerFactory;

/**
 * The one deployment of the Arquillian tests: the WAR that {@code mvn verify} packaged, so the tests see exactly
 * what ships, plus the in-container test classes and what they need. Booting Payara Micro costs far more than any
 * test class, so every Arquillian test class of a run shares this one deployment (the Arquillian suite extension,
 * configured in {@code arquillian.xml}): classes that talk HTTP are {@code @RunAsClient}, the others run inside.
 * <p>
 * Nothing of the application changes: the same web.xml, security, datasource and migrations. The additions are the
 * test classes, the {@link InContainer} helpers, the libraries the tests read files with, and a web fragment that
 * lets Arquillian's servlet runner through the application's "sign in for everything" constraint (see
 * {@code src/test/resources/arquillian/web-fragment.xml}). The tests share one database with the demo data set
 * (Failsafe asks for it with {@code FIRSTMILE_DEMO_DATA=true}) and one application, as people share a server: each
 * test makes the records it changes, or checks only what it made.
 */
@ArquillianSuiteDeployment
public final class Deployments {

    /** The packaged application; the context root follows the archive name: {@code /firstmile}. */
    public static final File WAR = new File("target/firstmile.war");

    static final String RUNNER_FRAGMENT = "arquillian/web-fragment.xml";

    private Deployments() {
    }

    /** Packages whose Arquillian test classes run inside the container (their unit tests live in sub-packages). */
    private static final List<String> TEST_PACKAGES = List.of("org.firstmile.identity", "org.firstmile.platform",
            "org.firstmile.platform.batch", "org.firstmile.notification", "org.firstmile.report",
            "org.firstmile.report.schedule", "org.firstmile.finance", "org.firstmile.funder", "org.firstmile.partner",
            "org.firstmile.grant", "org.firstmile.dashboard", "org.firstmile.organisation");

    /** The deployment every Arquillian test class of a run shares. */
    @Deployment
    public static WebArchive suite() {
        if (!WAR.isFile()) {
            throw new IllegalStateException("No " + WAR + ": run the integration tests with 'mvn verify', which "
                    + "packages the WAR before Failsafe runs.");
        }
        JavaArchive runnerAccess = ShrinkWrap.create(JavaArchive.class, "firstmile-arquillian-runner.jar")
                .addAsManifestResource(RUNNER_FRAGMENT, "web-fragment.xml");
        return ShrinkWrap.create(ZipImporter.class, "firstmile.war").importFrom(WAR).as(WebArchive.class)
                // The nested helpers need their declaring class in the archive too (CDI loads it).
                .addClasses(Deployments.class, InContainer.class, InContainer.CurrentExchange.class)
                .addAsLibrary(runnerAccess)
                .addPackages(false, TEST_PACKAGES.toArray(String[]::new))
                .addClass(TestDatabase.class)
                // GreenMail (RemindersIT), and the readers ReportGenerationIT opens XLSX files with.
                .addAsLibraries(jarOf(GreenMail.class), jarOf(LoggerFactory.class), jarOf(ReadableWorkbook.class),
                        jarOf(InputFactoryImpl.class), jarOf(XMLInputFactory2.class), jarOf(ZipFile.class),
                        jarOf(Assertions.class));
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
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

        /**
         * A grant made the way staff make one: a proposal of the demo grantee to {@code fundId}, taken through review
         * and awarded by the signed-in caller (who becomes its manager), decided on {@code decidedOn} and starting on
         * {@code start}.
         */
        public static Grant awardedGrant(ProposalService proposals, EntityManager em, String title, long fundId,
                LocalDate decidedOn, LocalDate start) {
            ProposalForm form = new ProposalForm();
            form.setTitle(title);
            form.setApplicantId(em.createQuery("SELECT o.id FROM Organisation o WHERE o.orgId = 'GB-SAMPLE-TRP'",
                    Long.class).getSingleResult());
            form.setFundId(fundId);
            form.setAmountRequested(new BigDecimal("5000.00"));
            form.setDurationMonths(12);
            Proposal proposal = proposals.create(form);
            for (ProposalStatus step : new ProposalStatus[] {ProposalStatus.EXPRESSION_OF_INTEREST,
                ProposalStatus.INVITED, ProposalStatus.FULL_APPLICATION, ProposalStatus.UNDER_REVIEW}) {
                proposal = proposals.moveTo(proposal.getId(), proposals.get(proposal.getId()).getVersion(), step,
                        null);
            }
            return proposals.award(proposal.getId(), proposals.get(proposal.getId()).getVersion(),
                    new AwardForm(new BigDecimal("5000.00"), decidedOn, start), "Awarded");
        }

        /**
         * Adds "Year two" and "Year three" to a grant awarded for twelve months from {@code start} (which has "Year
         * one"), each a year long with its report due 30 days after it ends, in the caller's transaction.
         */
        public static void addYearsTwoAndThree(UserTransaction transaction, EntityManager em, Grant grant,
                LocalDate start) throws Exception {
            transaction.begin();
            for (int sequence = 2; sequence <= 3; sequence++) {
                em.createNativeQuery("INSERT INTO reporting_period (grant_id, sequence_no, name, start_date, "
                        + "end_date, report_due_date) VALUES (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, grant.getId())
                        .setParameter(2, sequence).setParameter(3, sequence == 2 ? "Year two" : "Year three")
                        .setParameter(4, start.plusYears(sequence - 1))
                        .setParameter(5, start.plusYears(sequence).minusDays(1))
                        .setParameter(6, start.plusYears(sequence).plusDays(29)).executeUpdate();
            }
            transaction.commit();
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
                            + "method itself, in the deployment Deployments.suite() builds");
                }
                return value;
            }
        }
    }
}
