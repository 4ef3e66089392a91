package org.firstmile.grant.api;

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

/** {@code /api/v1/grants}: the grants the caller may see. */
@Path("grants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Grants", description = "Staff see every grant, a funder their own funds' grants; partners none.")
public class GrantResource {

    @Inject
    GrantAccess access;

    @GET
    @Operation(operationId = "listGrants", summary = "The grants the caller may see, newest first")
    @APIResponse(responseCode = "200", description = "The grants", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = GrantRow.class)))
    @APIResponse(responseCode = "403", description = "A partner: partners see their programmes, not grants")
    public List<GrantRow> list() {
        return access.grants().stream().map(GrantRow::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getGrant", summary = "One grant with its reporting periods")
    @APIResponse(responseCode = "200", description = "The grant", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GrantDto.class)))
    @APIResponse(responseCode = "404", description = "No such grant, or one the caller may not see")
    public GrantDto get(@PathParam("id") long id) {
        return GrantDto.of(access.grant(id));
    }
}
