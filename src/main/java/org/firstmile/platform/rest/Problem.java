package org.firstmile.platform.rest;

import jakarta.json.Json;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem detail: {@code type} names the kind of problem for programs, {@code title} says it for
 * people, {@code detail} says what went wrong this time and what to do next.
 */
public record Problem(String type, String title, int status, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPES = "https://firstmile.org/problems/";

    public static Problem of(String kind, String title, int status, String detail) {
        return new Problem(TYPES + kind, title, status, detail);
    }

    public String toJson() {
        return Json.createObjectBuilder().add("type", type).add("title", title).add("status", status)
                .add("detail", detail).build().toString();
    }

    public Response toResponse() {
        // JAX-RS 3.1 knows no reason phrase for 422; the client reads the title and detail anyway.
        Response.StatusType known = Response.Status.fromStatusCode(status);
        return Response.status(status, known == null ? title : known.getReasonPhrase()).type(MEDIA_TYPE)
                .entity(toJson()).build();
    }
}
