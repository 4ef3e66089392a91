package org.firstmile.opendata.service;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.OutputStream;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.firstmile.opendata.model.OpenGrant;

/**
 * A 360Giving 1.4 data package, {@code {"grants": [...]}}, written with a JSON-P generator straight to the stream.
 */
final class ThreeSixtyGivingJson implements GrantWriter {

    static final String STANDARD_VERSION = "1.4";

    private final JsonGenerator json;
    private final URI publicBase;

    ThreeSixtyGivingJson(OutputStream out, URI publicBase, Instant issuedAt) {
        this.json = Json.createGenerator(out);
        this.publicBase = publicBase;
        json.writeStartObject()
                .write("version", STANDARD_VERSION)
                .write("title", "Grants awarded, as recorded in FirstMile")
                .write("modified", issuedAt.truncatedTo(ChronoUnit.SECONDS).toString())
                .writeStartArray("grants");
    }

    @Override
    public void write(OpenGrant grant) {
        json.writeStartObject()
                .write("id", grant.identifier())
                .write("title", grant.title())
                .write("description", grant.descriptionOrTitle())
                .write("currency", grant.currency())
                .write("amountAwarded", grant.amountAwarded())
                .write("awardDate", grant.awardDate().toString());
        json.writeStartArray("plannedDates").writeStartObject()
                .write("startDate", grant.plannedStart().toString())
                .write("endDate", grant.plannedEnd().toString())
                .write("duration", grant.durationMonths())
                .writeEnd().writeEnd();
        json.writeStartArray("recipientOrganization").writeStartObject()
                .write("id", grant.recipientOrgId())
                .write("name", grant.recipientName())
                .writeEnd().writeEnd();
        json.writeStartArray("fundingOrganization").writeStartObject()
                .write("id", grant.funderOrgId())
                .write("name", grant.funderName())
                .writeEnd();
        for (OpenGrant.Funder coFunder : grant.coFunders()) {
            json.writeStartObject().write("id", coFunder.orgId()).write("name", coFunder.name()).writeEnd();
        }
        json.writeEnd();
        json.writeStartArray("grantProgramme").writeStartObject()
                .write("code", grant.fundCode())
                .write("title", grant.fundTitle());
        if (grant.fundUrl() != null) {
            json.write("url", grant.fundUrl());
        }
        json.writeEnd().writeEnd();
        json.write("dateModified", grant.modified().truncatedTo(ChronoUnit.SECONDS).toString());
        String dataSource = GrantWriter.dataSourceOf(grant, publicBase);
        if (dataSource != null) {
            json.write("dataSource", dataSource);
        }
        json.writeEnd();
    }

    @Override
    public void finish() {
        json.writeEnd().writeEnd();
        json.flush();
    }
}
