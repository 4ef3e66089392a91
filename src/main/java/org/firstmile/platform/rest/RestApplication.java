package org.firstmile.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * FirstMile's API, version 1, under {@code /api/v1}. Every call signs in with HTTP Basic (a FirstMile username
 * and password) and sees what that person sees in the pages: the same services decide.
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info = @Info(title = "FirstMile API", version = "1",
                description = "Grants, milestones and partner updates of FirstMile, scoped to the caller as the "
                        + "pages are. Errors are RFC 9457 problem+json.",
                license = @License(name = "Apache License 2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        security = @SecurityRequirement(name = RestApplication.BASIC))
@SecurityScheme(securitySchemeName = RestApplication.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "A FirstMile username and password.")
public class RestApplication extends Application {

    static final String BASIC = "basic";
}
