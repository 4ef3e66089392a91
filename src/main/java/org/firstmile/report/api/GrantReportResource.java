package org.firstmile.report.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstmile.report.service.ReportService;

/**
 * {@code /api/v1/grants/{grantId}/reports}: a grant's progress reports through {@link ReportService}, which scopes
 * them: staff see every version, a funder the published versions of the grants they fund or co-fund, partners none.
 */
@Path("grants/{grantId}/reports")
@RequestScoped
@Tag(name = "Reports", description = "Progress reports: metadata and files.")
public class GrantReportResource {

    @Inject
    ReportService reports;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listReports", summary = "The grant's report versions the caller may see, newest first")
    @APIResponse(responseCode = "200", description = "The versions with their files", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = ReportDto.class)))
    @APIResponse(responseCode = "404", description = "No such grant, or one the caller may not see")
    public List<ReportDto> list(@PathParam("grantId") long grantId) {
        return reports.reportsOf(grantId).stream().map(ReportDto::of).toList();
    }

    @POST
    @Path("{periodId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "generateReport", summary = "Staff: generates the next version of the period's report "
            + "now (PDF, CSV and XLSX), unpublished")
    @APIResponse(responseCode = "201", description = "The new version", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportDto.class)))
    @APIResponse(responseCode = "403", description = "Not staff")
    @APIResponse(responseCode = "404", description = "No such grant or period")
    public Response generate(@PathParam("grantId") long grantId, @PathParam("periodId") long periodId) {
        long reportId = reports.generate(grantId, periodId).reportId();
        ReportDto report = reports.reportsOf(grantId).stream().filter(r -> r.id() == reportId).findFirst()
                .map(ReportDto::of).orElseThrow();
        return Response.created(URI.create("/api/v1/reports/" + reportId)).entity(report).build();
    }
}
