package org.firstmile.grant.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstmile.platform.rest.Problem;

/** {@code /api/v1/grants}: the grants the caller may see. */
@Path("grants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Grants", description = "Staff see every grant, a funder their own funds' grants; partners none.")
public class GrantResource {

    @Inject
    GrantAccess access;

    /** The most grants one call returns, and how many it returns when the caller does not say. */
    public static final int LIMIT = 100;

    @GET
    @Operation(operationId = "listGrants", summary = "The grants the caller may see, newest first, a page at a time",
            description = "At most `limit` grants (1 to 100, 100 when not given) from `offset` (0 when not given). "
                    + "The `X-Total-Count` header says how many grants the caller may see; the `Link` header "
                    + "(RFC 8288) gives the addresses of the `next` and `prev` pages when there are any.")
    @APIResponse(responseCode = "200", description = "The grants", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = GrantRow.class)))
    @APIResponse(responseCode = "400", description = "An offset or limit that is not a whole number in range")
    @APIResponse(responseCode = "403", description = "A partner: partners see their programmes, not grants")
    public Response list(
            @Parameter(description = "How many grants to skip, from 0") @QueryParam("offset") String offset,
            @Parameter(description = "How many grants to return, 1 to 100") @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        int first = whole(offset, 0, 0, Integer.MAX_VALUE);
        int size = whole(limit, LIMIT, 1, LIMIT);
        if (first < 0 || size < 0) {
            return Problem.of("validation", "The request is not valid", 400, "Give offset as a whole number from 0 "
                    + "and limit as a whole number from 1 to " + LIMIT + ", or leave them out (0 and " + LIMIT
                    + ").").toResponse();
        }
        GrantAccess.Page page = access.grants(first, size);
        Response.ResponseBuilder response = Response.ok(page.grants().stream().map(GrantRow::of).toList())
                .header("X-Total-Count", page.total());
        long next = (long) first + size;
        if (next < page.total()) {
            response.link(uri.getRequestUriBuilder().replaceQueryParam("offset", next)
                    .replaceQueryParam("limit", size).build(), "next");
        }
        if (first > 0) {
            response.link(uri.getRequestUriBuilder().replaceQueryParam("offset", Math.max(0, first - size))
                    .replaceQueryParam("limit", size).build(), "prev");
        }
        return response.build();
    }

    /** The parameter as a whole number from {@code min} to {@code max}; its default when absent; -1 when invalid. */
    static int whole(String text, int absent, int min, int max) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text.strip());
            return value < min || value > max ? -1 : value;
        } catch (NumberFormatException e) {
            return -1;
        }
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
