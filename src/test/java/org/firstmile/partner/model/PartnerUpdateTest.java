package org.firstmile.partner.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.firstmile.grant.model.Award;
import org.firstmile.grant.model.Grant;
import org.firstmile.organisation.model.Organisation;
import org.firstmile.organisation.model.OrganisationType;
import org.firstmile.outcome.model.OutcomeIndicator;
import org.firstmile.platform.error.BusinessException;
import org.firstmile.proposal.model.ProposalFixtures;
import org.firstmile.proposal.model.ProposalStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PartnerUpdateTest {

    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    private static final Instant T1 = Instant.parse("2026-11-02T10:00:00Z");
    private static final StoredFile PDF = new StoredFile("report.pdf", "application/pdf", 1234, "a".repeat(64),
            "key-1");

    private PartnerUpdate draft;

    @BeforeEach
    void startADraft() {
        Grant grant = Grant.award(ProposalFixtures.walkedTo(ProposalStatus.AWARDED), "360G-test-1",
                new Award(BigDecimal.TEN, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), 24), "staff", 30, T0);
        Organisation roots = new Organisation("The Roots Programme", "GB-CHC-1", OrganisationType.PARTNER, T0);
        PartnerProgramme programme = new PartnerProgramme(grant, roots, "Roots", null, T0);
        draft = PartnerUpdate.start(programme, grant.getPeriods().get(0), "partner", T0);
    }

    @Test
    void aProgrammeIsRunByAPartnerOrganisationOnly() {
        Organisation funder = new Organisation("A funder", "GB-GOR-1", OrganisationType.FUNDER, T0);
        assertThatThrownBy(() -> new PartnerProgramme(draft.getProgramme().getGrant(), funder, "X", null, T0))
                .isInstanceOf(BusinessException.class).hasMessageContaining("is not a partner organisation");
    }

    @Test
    void aNewUpdateIsTheFirstRevisionAndADraft() {
        assertThat(draft.getRevision()).isEqualTo(1);
        assertThat(draft.getStatus()).isEqualTo(PartnerUpdateStatus.DRAFT);
        assertThat(draft.getNarrative().getStory()).isNull();
    }

    @Test
    void submittingNeedsTheStoryOfThePeriod() {
        assertThatThrownBy(() -> draft.submit("partner", T1)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("Write the story of the period");
        assertThat(draft.getStatus()).isEqualTo(PartnerUpdateStatus.DRAFT);
    }

    @Test
    void aSubmittedUpdateCannotBeChangedOrGivenEvidence() {
        submitted();
        assertThatThrownBy(() -> draft.write(narrative("Changed afterwards"))).isInstanceOf(BusinessException.class)
                .hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> draft.attach(PDF, "partner", T1)).isInstanceOf(BusinessException.class);
        assertThat(draft.getNarrative().getStory()).isEqualTo("What happened");
    }

    @Test
    void staffAcceptASubmittedUpdate() {
        submitted();
        draft.accept("staff", T1);
        assertThat(draft.getStatus()).isEqualTo(PartnerUpdateStatus.ACCEPTED);
        assertThat(draft.getReviewedBy()).isEqualTo("staff");
        assertThatThrownBy(() -> draft.returnWithFeedback("Too late", "staff", T1))
                .isInstanceOf(BusinessException.class).hasMessageContaining("Only a submitted update");
    }

    @Test
    void aDraftCannotBeReviewed() {
        assertThatThrownBy(() -> draft.accept("staff", T1)).isInstanceOf(BusinessException.class);
    }

    @Test
    void returningNeedsFeedback() {
        submitted();
        assertThatThrownBy(() -> draft.returnWithFeedback("  ", "staff", T1)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("Write feedback");
        assertThat(draft.getStatus()).isEqualTo(PartnerUpdateStatus.SUBMITTED);
    }

    @Test
    void aReturnedUpdateIsAnsweredByANewRevisionThatStartsAsACopyAndLeavesTheOldOneAsItWas() {
        draft.attach(PDF, "partner", T0);
        submitted();
        draft.returnWithFeedback("Add the numbers, please.", "staff", T1);

        PartnerUpdate next = draft.revise("partner", T1);

        assertThat(next.getRevision()).isEqualTo(2);
        assertThat(next.getStatus()).isEqualTo(PartnerUpdateStatus.DRAFT);
        assertThat(next.getNarrative().getStory()).isEqualTo("What happened");
        assertThat(next.getEvidence()).extracting(EvidenceFile::getSha256).containsExactly(PDF.sha256());
        assertThat(next.getFeedback()).isNull();
        next.write(narrative("What happened, with numbers"));
        assertThat(draft.getNarrative().getStory()).isEqualTo("What happened");
        assertThat(draft.getStatus()).isEqualTo(PartnerUpdateStatus.RETURNED);
        assertThat(draft.getFeedback()).isEqualTo("Add the numbers, please.");
    }

    @Test
    void figuresAreReportedChangedAndClearedInADraftAndCopiedIntoARevision() {
        OutcomeIndicator people = OutcomeIndicator.define(draft.getProgramme().getGrant(), "People brought together",
                "people", null, java.util.Map.of(), T0);
        draft.report(people, new BigDecimal("40"));
        draft.report(people, new BigDecimal("45"));
        assertThat(draft.getFigures()).extracting(UpdateFigure::getValue).containsExactly(new BigDecimal("45"));
        assertThatThrownBy(() -> draft.report(people, new BigDecimal("-1"))).isInstanceOf(BusinessException.class)
                .hasMessageContaining("cannot be negative");

        submitted();
        assertThatThrownBy(() -> draft.report(people, BigDecimal.ONE)).isInstanceOf(BusinessException.class);
        draft.returnWithFeedback("Check the count.", "staff", T1);
        PartnerUpdate next = draft.revise("partner", T1);
        assertThat(next.getFigures()).extracting(UpdateFigure::getValue).containsExactly(new BigDecimal("45"));
        next.report(people, null);
        assertThat(next.getFigures()).isEmpty();
        assertThat(draft.getFigures()).hasSize(1);
    }

    @Test
    void onlyAReturnedUpdateCanBeRevised() {
        assertThatThrownBy(() -> draft.revise("partner", T1)).isInstanceOf(BusinessException.class);
        submitted();
        assertThatThrownBy(() -> draft.revise("partner", T1)).isInstanceOf(BusinessException.class);
    }

    private void submitted() {
        draft.write(narrative("What happened"));
        draft.submit("partner", T0);
    }

    private static Narrative narrative(String story) {
        return new Narrative(story, null, null, null, null);
    }
}
