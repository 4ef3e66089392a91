package org.firstmile.platform.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firstmile.milestone.model.MilestoneStatus;
import org.firstmile.proposal.model.ProposalStatus;

/** Facts every page may show: whether this is the demo data set and the choices of status lists. */
@Named
@ApplicationScoped
public class AppInfo {

    @Inject
    @ConfigProperty(name = "firstmile.demo-data", defaultValue = "false")
    boolean demoData;

    public boolean isDemoData() {
        return demoData;
    }

    public ProposalStatus[] getProposalStatuses() {
        return ProposalStatus.values();
    }

    public MilestoneStatus[] getMilestoneStatuses() {
        return MilestoneStatus.values();
    }
}
