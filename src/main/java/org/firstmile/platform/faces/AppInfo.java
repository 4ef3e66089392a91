package org.firstmile.platform.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firstmile.milestone.model.MilestoneStatus;
import org.firstmile.proposal.model.ProposalStatus;

/** Facts every page may show: whether this is the demo data set and the choices of status lists. */
@Named
@ApplicationScoped
public class AppInfo {

    /**
     * The proposals list's status filter: each status's name as the value and its label, built once. With the enum
     * constants as values, Faces looked a converter up (through CDI) for every option on every request, 2% of the
     * page's time; the list's model takes the name as it comes.
     */
    private static final List<SelectItem> PROPOSAL_STATUS_FILTER = Arrays.stream(ProposalStatus.values())
            .map(status -> new SelectItem(status.name(), PageFunctions.label(status))).toList();

    @Inject
    @ConfigProperty(name = "firstmile.demo-data", defaultValue = "false")
    boolean demoData;

    public boolean isDemoData() {
        return demoData;
    }

    public List<SelectItem> getProposalStatusFilter() {
        return PROPOSAL_STATUS_FILTER;
    }

    public MilestoneStatus[] getMilestoneStatuses() {
        return MilestoneStatus.values();
    }
}
