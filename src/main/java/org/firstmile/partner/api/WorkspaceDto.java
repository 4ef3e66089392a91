package org.firstmile.partner.api;

import java.util.List;
import org.firstmile.partner.service.UpdateWorkspace;

/**
 * A programme's update for one period: the indicators to report figures for, and every revision, newest first
 * (empty before the first draft is saved).
 */
public record WorkspaceDto(long programmeId, String programmeName, long periodId, String periodName,
        List<Indicator> indicators, List<UpdateDto> revisions) {

    /** An outcome indicator the programme reports a figure for. */
    public record Indicator(long id, String name, String unit) {
    }

    static WorkspaceDto of(UpdateWorkspace workspace) {
        return new WorkspaceDto(workspace.programme().getId(), workspace.programme().getName(),
                workspace.period().getId(), workspace.period().getName(),
                workspace.indicators().stream().map(i -> new Indicator(i.getId(), i.getName(), i.getUnit()))
                        .toList(),
                workspace.revisions().stream().map(UpdateDto::of).toList());
    }
}
