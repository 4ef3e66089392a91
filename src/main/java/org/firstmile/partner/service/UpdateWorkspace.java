package org.firstmile.partner.service;

import java.util.List;
import java.util.Optional;
import org.firstmile.grant.model.ReportingPeriod;
import org.firstmile.outcome.model.OutcomeIndicator;
import org.firstmile.partner.model.PartnerProgramme;
import org.firstmile.partner.model.PartnerUpdate;

/**
 * A programme's update for one period as its partner sees it: every revision, newest first, and the grant's
 * outcome indicators to report figures for.
 */
public record UpdateWorkspace(PartnerProgramme programme, ReportingPeriod period, List<PartnerUpdate> revisions,
        List<OutcomeIndicator> indicators) {

    public Optional<PartnerUpdate> latest() {
        return revisions.isEmpty() ? Optional.empty() : Optional.of(revisions.get(0));
    }
}
