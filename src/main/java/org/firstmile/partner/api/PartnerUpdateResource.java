package org.firstmile.partner.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.firstmile.partner.service.PartnerPortalService;
import org.firstmile.partner.service.UpdateWorkspace;

/**
 * {@code /api/v1/partner}: a partner's own programmes and their updates, through the partner portal's service, so
 * the rules and the scoping are the pages' own: another organisation's programme is not found, a submitted update
 * cannot change, an update cannot be submitted without the story of the period.
 */
@Path("partner")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Partner updates", description = "For partners: their own programmes only.")
public class PartnerUpdateResource {

    private static final String UPDATE = "programmes/{programmeId}/periods/{periodId}/update";

    @Inject
    PartnerPortalService portal;

    @GET
    @Path("reporting")
    @Operation(operationId = "listMyReporting", summary = "Every period of every programme the caller's organisation runs, with its update's status")
    @APIResponse(responseCode = "200", description = "One line per programme and period", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ReportingLine.class)))
    @APIResponse(responseCode = "403", description = "Not a partner")
    public List<ReportingLine> reporting() {
        return portal.myReporting().stream().map(ReportingLine::of).toList();
    }

    @GET
    @Path(UPDATE)
    @Operation(operationId = "getUpdate", summary = "The programme's update for the period: every revision, newest first")
    @APIResponse(responseCode = "200", description = "The update's revisions and the indicators to report on",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkspaceDto.class)))
    @APIResponse(responseCode = "404", description = "No such programme or period, or another organisation's")
    public WorkspaceDto get(@PathParam("programmeId") long programmeId, @PathParam("periodId") long periodId) {
        return WorkspaceDto.of(portal.open(programmeId, periodId));
    }

    @PUT
    @Path(UPDATE)
    @Operation(operationId = "saveDraft", summary = "Saves the draft (starting the first draft when there is none)")
    @APIResponse(responseCode = "200", description = "The saved draft, with its new version", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UpdateDto.class)))
    @APIResponse(responseCode = "409", description = "Someone saved the draft since the version sent")
    @APIResponse(responseCode = "422", description = "A rule refused it, for example the update was submitted")
    public UpdateDto saveDraft(@PathParam("programmeId") long programmeId, @PathParam("periodId") long periodId,
            UpdateInput input) {
        portal.saveDraft(programmeId, periodId, required(input).version(), input.toForm());
        return latest(programmeId, periodId);
    }

    @POST
    @Path(UPDATE + "/submission")
    @Operation(operationId = "submitUpdate", summary = "Saves the draft as sent and submits it to staff, in one step")
    @APIResponse(responseCode = "200", description = "The submitted update", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UpdateDto.class)))
    @APIResponse(responseCode = "409", description = "Someone saved the draft since the version sent")
    @APIResponse(responseCode = "422", description = "A rule refused it, for example the story is missing")
    public UpdateDto submit(@PathParam("programmeId") long programmeId, @PathParam("periodId") long periodId,
            UpdateInput input) {
        portal.submit(programmeId, periodId, required(input).version(), input.toForm());
        return latest(programmeId, periodId);
    }

    private UpdateDto latest(long programmeId, long periodId) {
        UpdateWorkspace workspace = portal.open(programmeId, periodId);
        return UpdateDto.of(workspace.latest().orElseThrow());
    }

    private static UpdateInput required(UpdateInput input) {
        if (input == null) {
            throw new BadRequestException();
        }
        return input;
    }
}
