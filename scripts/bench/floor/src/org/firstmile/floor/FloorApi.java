package org.firstmile.floor;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;

/** The trivial JAX-RS endpoint: {@code GET /floor/api/ping}. */
@ApplicationPath("api")
public class FloorApi extends Application {

    @Path("ping")
    public static class Ping {

        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String ping() {
            return "pong";
        }
    }
}
