package org.firstmile.platform.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firstmile.milestone.model.MilestoneStatus;
import org.firstmile.proposal.model.ProposalStatus;

/** Facts every page may show: whether this is the demo data set, today's date, the choices of status lists. */
@Named
@ApplicationScoped
public class AppInfo {

    @Inject
    @ConfigProperty(name = "firstmile.demo-data", defaultValue = "false")
    boolean demoData;

    @Inject
    Clock clock;

    public boolean isDemoData() {
        return demoData;
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public ProposalStatus[] getProposalStatuses() {
        return ProposalStatus.values();
    }

    public MilestoneStatus[] getMilestoneStatuses() {
        return MilestoneStatus.values();
    }
}
