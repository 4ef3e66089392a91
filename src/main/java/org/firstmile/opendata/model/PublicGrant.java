package org.firstmile.opendata.model;

import java.util.List;

/** Everything the public page of a grant shows, read in one call. */
public record PublicGrant(OpenGrant grant, Long proposalId, List<PublicMilestone> milestones,
        List<PublicFigure> figures) {
}
