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
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstmile.platform.error.NotFoundException;
import org.firstmile.report.model.ReportFormat;
import org.firstmile.report.service.ReportDownload;
import org.firstmile.report.service.ReportService;

/**
 * {@code /api/v1/reports/{id}/{format}}: a file of a progress report, through {@link ReportService},
 * which sends it only to who may see the version and only while it has its recorded SHA-256.
 */
@Path("reports")
@RequestScoped
@Tag(name = "Reports", description = "Progress reports: metadata and files.")
public class ReportResource {

    @Inject
    ReportService reports;

    @GET
    @Path("{id}/{format}")
    @Operation(operationId = "downloadReport", summary = "A file of a report version: pdf, csv or xlsx")
    @APIResponse(responseCode = "200", description = "The file, as generated: application/pdf, text/csv or the XLSX "
            + "type, whatever the Accept header asks")
    @APIResponse(responseCode = "404", description = "No such report or format, or one the caller may not see")
    @APIResponse(responseCode = "422", description = "The file changed since it was generated, so it is not sent")
    public Response download(@PathParam("id") long id, @PathParam("format") String format) {
        ReportFormat wanted = ReportFormat.parse(format).orElseThrow(() -> new NotFoundException("report file",
                id + "/" + format));
        ReportDownload file = reports.download(id, wanted);
        StreamingOutput body = out -> {
            try (InputStream in = file.open()) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, file.contentType()).header("Content-Length", file.size())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @POST
    @Path("{id}/publication")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "publishReport", summary = "Staff: publishes the version to the grant's funders")
    @APIResponse(responseCode = "200", description = "The published version", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportDto.class)))
    @APIResponse(responseCode = "422", description = "Not ready: a variance over the threshold has no explanation")
    public ReportDto publish(@PathParam("id") long id) {
        return ReportDto.of(reports.publish(id));
    }
}
