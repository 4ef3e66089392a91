package org.firstmile.milestone.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstmile.funder.service.FunderPortalService;
import org.firstmile.grant.api.GrantAccess;
import org.firstmile.milestone.service.MilestoneRow;
import org.firstmile.milestone.service.MilestoneService;

/** {@code /api/v1/grants/{grantId}/milestones}: a grant's milestones, for whoever may see the grant. */
@Path("grants/{grantId}/milestones")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Milestones")
public class MilestoneResource {

    @Inject
    GrantAccess access;

    @Inject
    MilestoneService milestones;

    @Inject
    FunderPortalService funder;

    @GET
    @Operation(operationId = "listMilestones", summary = "The grant's milestones, in due-date order")
    @APIResponse(responseCode = "200", description = "The milestones", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = MilestoneDto.class)))
    @APIResponse(responseCode = "404", description = "No such grant, or one the caller may not see")
    public List<MilestoneDto> list(@PathParam("grantId") long grantId) {
        List<MilestoneRow> rows = access.isFunder() && !access.isStaff() ? funder.grant(grantId).milestones()
                : milestonesForStaff(grantId);
        return rows.stream().map(MilestoneDto::of).toList();
    }

    private List<MilestoneRow> milestonesForStaff(long grantId) {
        access.grant(grantId);
        return milestones.forGrant(grantId);
    }
}
