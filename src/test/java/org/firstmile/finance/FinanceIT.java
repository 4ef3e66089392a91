package org.firstmile.finance;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.firstmile.finance.model.BudgetCategory;
import org.firstmile.finance.model.BudgetLine;
import org.firstmile.finance.service.BudgetLineForm;
import org.firstmile.finance.service.ExpenditureForm;
import org.firstmile.finance.service.ExplanationForm;
import org.firstmile.finance.service.FinanceReader;
import org.firstmile.finance.service.FinanceService;
import org.firstmile.finance.service.FinanceSummary;
import org.firstmile.finance.service.GrantFinance;
import org.firstmile.finance.service.PaymentForm;
import org.firstmile.finance.service.VarianceLine;
import org.firstmile.funder.service.FunderPortalService;
import org.firstmile.grant.model.Grant;
import org.firstmile.identity.model.Role;
import org.firstmile.identity.service.UserAdminService;
import org.firstmile.organisation.model.OrganisationType;
import org.firstmile.organisation.service.FundForm;
import org.firstmile.organisation.service.OrganisationForm;
import org.firstmile.organisation.service.OrganisationService;
import org.firstmile.platform.error.BusinessException;
import org.firstmile.platform.error.EditConflictException;
import org.firstmile.platform.error.NotFoundException;
import org.firstmile.proposal.service.ProposalService;
import org.firstmile.testsupport.Deployments;
import org.firstmile.testsupport.Deployments.InContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Budget lines, spend, payments and explanations are stored and add up in {@link FinanceReader}; staff edit them,
 * a funder reads only their own funds' grants, a partner is refused, and a stale edit is a conflict.
 */
@ExtendWith(ArquillianExtension.class)
class FinanceIT {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @EJB
    FinanceService finance;

    @Inject
    FinanceReader reader;

    @EJB
    FunderPortalService portal;

    @EJB
    ProposalService proposals;

    @EJB
    OrganisationService organisations;

    @EJB
    UserAdminService users;

    @Inject
    HttpServletRequest request;

    @PersistenceContext
    EntityManager em;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void budgetSpendAndPaymentsAreStoredAndTheReaderComparesThem() throws Exception {
        Grant grant = awardedGrant(demoFund());
        long grantId = grant.getId();
        long periodId = firstPeriod(grantId);
        line(grantId, periodId, BudgetCategory.STAFF_COSTS, "Coordinator", "1000");
        line(grantId, periodId, BudgetCategory.TRAVEL, "Visits", "200");
        line(grantId, periodId, BudgetCategory.ACTIVITIES_AND_EVENTS, "Gathering", "500");
        spend(grantId, BudgetCategory.STAFF_COSTS, "1150");
        spend(grantId, BudgetCategory.TRAVEL, "300");
        spend(grantId, BudgetCategory.OTHER, "40");
        PaymentForm payment = new PaymentForm();
        payment.setReceivedOn(LocalDate.now().minusDays(1));
        payment.setAmount(new BigDecimal("2500.00"));
        payment.setReference("First tranche " + run);
        finance.recordPayment(grantId, payment);

        FinanceSummary period = reader.forPeriod(grantId, periodId);
        assertEquals(List.of("Staff costs", "Activities and events", "Travel", "Other"),
                period.lines().stream().map(VarianceLine::category).toList());
        VarianceLine staff = period.lines().get(0);
        VarianceLine activities = period.lines().get(1);
        VarianceLine travel = period.lines().get(2);
        VarianceLine other = period.lines().get(3);
        assertAll(
                () -> assertEquals("GBP", period.currency()),
                () -> assertEquals(0, new BigDecimal("15").compareTo(period.thresholdPercent())),
                () -> assertEquals(new BigDecimal("15.0"), staff.variancePercent()),
                () -> assertFalse(staff.overThreshold(), "exactly 15% is not over"),
                () -> assertEquals(new BigDecimal("-100.0"), activities.variancePercent()),
                () -> assertTrue(activities.overThreshold(), "no spend is over"),
                () -> assertEquals(0, new BigDecimal("100").compareTo(travel.variance())),
                () -> assertTrue(travel.overThreshold()),
                () -> assertEquals("Not in the budget", other.description()),
                () -> assertNull(other.variancePercent()),
                () -> assertTrue(other.overThreshold()),
                () -> assertEquals(0, new BigDecimal("1700").compareTo(period.budgetTotal())),
                () -> assertEquals(0, new BigDecimal("1490").compareTo(period.spentTotal())),
                () -> assertEquals(1, period.payments().size()),
                () -> assertEquals(0, new BigDecimal("2500").compareTo(period.paymentsTotal())),
                () -> assertEquals(3, period.unexplained().size()));

        ExplanationForm why = finance.explanationForm(grantId, periodId, BudgetCategory.TRAVEL);
        why.setText("Two extra visits to partners.");
        finance.explain(grantId, why);

        FinanceSummary explained = reader.forPeriod(grantId, periodId);
        assertEquals("Two extra visits to partners.", explained.lines().get(2).explanation());
        assertEquals(List.of("Activities and events", "Other"),
                explained.unexplained().stream().map(VarianceLine::category).toList());
        FinanceSummary toDate = reader.toDate(grantId);
        assertEquals(0, period.spentTotal().compareTo(toDate.spentTotal()));
        assertTrue(toDate.lines().get(2).explanation().endsWith(": Two extra visits to partners."),
                "an explanation to date names its period");
        assertEquals(5L, em.createQuery("SELECT COUNT(a) FROM AuditEvent a WHERE a.grantId = :grant "
                + "AND a.entityType IN ('Budget line', 'Payment received', 'Variance explanation')", Long.class)
                .setParameter("grant", grantId).getSingleResult(), "three lines, a payment, an explanation");
        assertEquals(3L, em.createQuery("SELECT COUNT(a) FROM AuditEvent a WHERE a.grantId = :grant "
                + "AND a.entityType = 'Expenditure'", Long.class).setParameter("grant", grantId).getSingleResult());
    }

    @Test
    void badInputIsRefusedWithAReasonAPersonCanActOn() throws Exception {
        Grant grant = awardedGrant(demoFund());
        long grantId = grant.getId();
        long periodId = firstPeriod(grantId);
        line(grantId, periodId, BudgetCategory.TRAVEL, "Visits", "200");

        BusinessException twice = assertThrows(BusinessException.class,
                () -> line(grantId, periodId, BudgetCategory.TRAVEL, "More visits", "100"));
        assertTrue(twice.getMessage().contains("already has a budget line for Travel"), twice.getMessage());
        ExpenditureForm early = new ExpenditureForm();
        early.setSpentOn(grant.getPlannedStart().minusDays(1));
        early.setAmount(new BigDecimal("10"));
        early.setCategory(BudgetCategory.TRAVEL);
        early.setDescription("Before the grant");
        BusinessException outside = assertThrows(BusinessException.class,
                () -> finance.recordExpenditure(grantId, early));
        assertTrue(outside.getMessage().contains("is outside the grant"), outside.getMessage());
        BudgetLineForm negative = new BudgetLineForm();
        negative.setPeriodId(periodId);
        negative.setCategory(BudgetCategory.OVERHEADS);
        negative.setDescription("Rent");
        negative.setAmount(new BigDecimal("-5"));
        Exception refused = assertThrows(Exception.class, () -> finance.addLine(grantId, negative));
        assertTrue(messagesOf(refused).contains("The budget amount cannot be negative. Enter 0 or more."),
                messagesOf(refused));
        assertEquals(1, finance.budgetLines(grantId, periodId).size(), "nothing half-saved");
    }

    @Test
    void aReceiptIsCheckedByContentAndComesBackUnchanged() throws Exception {
        Grant grant = awardedGrant(demoFund());
        long expenditureId = spend(grant.getId(), BudgetCategory.TRAVEL, "12.50");

        finance.attachReceipt(expenditureId, "train-ticket.pdf", new ByteArrayInputStream(PDF));
        FinanceService.ReceiptDownload download = finance.openReceipt(expenditureId);
        assertEquals("application/pdf", download.contentType());
        assertArrayEquals(PDF, download.bytes());
        BusinessException notAReceipt = assertThrows(BusinessException.class, () -> finance.attachReceipt(
                expenditureId, "script.pdf", new ByteArrayInputStream("#!/bin/sh\n".getBytes(StandardCharsets.UTF_8))));
        assertTrue(notAReceipt.getMessage().contains("not a file type"), notAReceipt.getMessage());
        assertEquals("train-ticket.pdf", finance.openReceipt(expenditureId).fileName());
    }

    @Test
    void aBudgetLineSavedBySomeoneElseMeanwhileIsAConflict() throws Exception {
        Grant grant = awardedGrant(demoFund());
        long periodId = firstPeriod(grant.getId());
        BudgetLine line = line(grant.getId(), periodId, BudgetCategory.STAFF_COSTS, "Coordinator", "1000");
        BudgetLineForm mine = finance.lineForm(line.getId());
        BudgetLineForm theirs = finance.lineForm(line.getId());
        theirs.setAmount(new BigDecimal("1200"));
        finance.reviseLine(theirs);

        mine.setAmount(new BigDecimal("900"));
        EditConflictException conflict = assertThrows(EditConflictException.class, () -> finance.reviseLine(mine));
        assertTrue(conflict.getMessage().startsWith("Someone else changed this budget line"));
        assertEquals(0, new BigDecimal("1200").compareTo(finance.budgetLines(grant.getId(), periodId).get(0).amount()));
    }

    @Test
    void aFunderReadsOnlyTheirOwnFundsGrantFinanceAndCannotChangeIt() throws Exception {
        InContainer.signInAs(Role.ADMIN);
        long trustId = organisations.save(organisation()).getId();
        FundForm fund = new FundForm();
        fund.setFunderId(trustId);
        fund.setCode("F" + run);
        fund.setTitle("Another Trust's fund " + run);
        Grant otherGrant = awardedGrant(organisations.save(fund).getId());
        long demoGrant = em.createQuery("SELECT g.id FROM Grant g WHERE g.title LIKE 'Building a Relationships%'",
                Long.class).getSingleResult();

        signInAgain("funder", "funder-demo-2026");
        GrantFinance demo = portal.grant(demoGrant).finance();
        FinanceSummary yearOne = demo.periods().get(0).summary();
        assertTrue(yearOne.unexplained().isEmpty(), "year one's large variance is explained");
        assertTrue(yearOne.lines().stream().anyMatch(l -> l.overThreshold() && l.explanation() != null));
        assertEquals(0, new BigDecimal("349500").compareTo(em.createQuery("SELECT SUM(b.amount) FROM BudgetLine b "
                + "WHERE b.grant.id = :grant AND b.createdAt < :start", BigDecimal.class).setParameter("grant", demoGrant)
                .setParameter("start", java.time.Instant.now().minus(java.time.Duration.ofDays(300)))
                .getSingleResult()), "the demo budget (planned before the start) adds up to the award");
        assertEquals(2, demo.toDate().payments().size());
        assertThrows(NotFoundException.class, () -> portal.grant(otherGrant.getId()));
        assertThrows(EJBAccessException.class, () -> finance.budgetLines(demoGrant, 1L));
        assertThrows(EJBAccessException.class, () -> finance.recordPayment(demoGrant, new PaymentForm()));
    }

    @Test
    void aPartnerIsRefusedAllFinance() throws Exception {
        InContainer.signInAs(Role.PARTNER);
        assertThrows(EJBAccessException.class, () -> finance.toDate(1L));
        assertThrows(EJBAccessException.class, () -> finance.openReceipt(1L));
        assertThrows(EJBAccessException.class, () -> portal.grant(1L));
    }

    private static String messagesOf(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof jakarta.validation.ConstraintViolationException violations) {
                violations.getConstraintViolations().forEach(v -> messages.append(v.getMessage()).append(' '));
            }
        }
        return messages.toString();
    }

    private OrganisationForm organisation() {
        OrganisationForm trust = new OrganisationForm();
        trust.setName("Another Trust " + run);
        trust.setOrgId("GB-CHC-8" + run.replaceAll("[^0-9]", "1"));
        trust.setType(OrganisationType.FUNDER);
        return trust;
    }

    private BudgetLine line(long grantId, long periodId, BudgetCategory category, String description,
            String amount) {
        BudgetLineForm form = new BudgetLineForm();
        form.setPeriodId(periodId);
        form.setCategory(category);
        form.setDescription(description);
        form.setAmount(new BigDecimal(amount));
        return finance.addLine(grantId, form);
    }

    private long spend(long grantId, BudgetCategory category, String amount) {
        ExpenditureForm form = new ExpenditureForm();
        form.setSpentOn(LocalDate.now().minusDays(2));
        form.setAmount(new BigDecimal(amount));
        form.setCategory(category);
        form.setDescription(category.label() + " " + run);
        return finance.recordExpenditure(grantId, form).getId();
    }

    private long firstPeriod(long grantId) {
        return finance.periods(grantId).get(0).id();
    }

    private long demoFund() {
        return em.createQuery("SELECT f.id FROM Fund f WHERE f.code = 'BPTF'", Long.class).getSingleResult();
    }

    /** A new twelve-month grant that began a month ago, awarded by staff (who stay signed in). */
    private Grant awardedGrant(long fundId) throws Exception {
        signInAgain("staff", "staff-demo-2026");
        LocalDate start = LocalDate.now().minusMonths(1);
        return InContainer.awardedGrant(proposals, em, "Finance test " + run, fundId, start.minusDays(10), start);
    }

    private void signInAgain(String username, String password) throws Exception {
        request.logout();
        InContainer.signIn(username, password);
    }
}
