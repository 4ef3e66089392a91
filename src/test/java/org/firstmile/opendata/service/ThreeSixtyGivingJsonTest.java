package org.firstmile.opendata.service;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.firstmile.opendata.model.OpenDataFormat;
import org.firstmile.opendata.model.OpenGrant;
import org.firstmile.testsupport.ThreeSixtyGivingSchema;
import org.junit.jupiter.api.Test;

class ThreeSixtyGivingJsonTest {

    private static final Instant ISSUED = Instant.parse("2026-11-23T22:00:00.123Z");
    private static final URI PUBLIC_BASE = URI.create("https://firstmile.example.org/");

    private static String export(OpenGrant... grants) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GrantWriter writer = GrantWriter.of(OpenDataFormat.JSON, out, PUBLIC_BASE, ISSUED);
        for (OpenGrant grant : grants) {
            writer.write(grant);
        }
        writer.finish();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void exportIsAValid360GivingDataPackage() {
        String json = export(OpenGrants.number(1, true), OpenGrants.number(2, false));

        assertThat(ThreeSixtyGivingSchema.problemsOf(json)).isEmpty();
    }

    @Test
    void schemaRefusesAGrantWithoutItsRequiredAmount() {
        String json = export(OpenGrants.number(1, true)).replace("\"amountAwarded\":349500.00,", "");

        assertThat(ThreeSixtyGivingSchema.problemsOf(json)).isNotEmpty();
    }

    @Test
    void grantCarriesTheStandardsFieldsMappedFromFirstMile() {
        JsonObject grant = Json.createReader(new StringReader(export(OpenGrants.number(7, true)))).readObject()
                .getJsonArray("grants").getJsonObject(0);

        assertThat(grant.getString("id")).isEqualTo("360G-firstmile-7");
        assertThat(grant.getJsonNumber("amountAwarded").bigDecimalValue()).isEqualByComparingTo("349500");
        assertThat(grant.getString("awardDate")).isEqualTo("2025-07-01");
        assertThat(grant.getJsonArray("plannedDates").getJsonObject(0).getInt("duration")).isEqualTo(24);
        assertThat(grant.getJsonArray("recipientOrganization").getJsonObject(0).getString("id"))
                .isEqualTo("GB-SAMPLE-TRP");
        assertThat(grant.getJsonArray("fundingOrganization").getJsonObject(0).getString("name"))
                .isEqualTo("The National Lottery Community Fund");
        assertThat(grant.getJsonArray("grantProgramme").getJsonObject(0).getString("code")).isEqualTo("BPTF");
        assertThat(grant.getString("dateModified")).isEqualTo("2026-03-01T10:15:30Z");
        assertThat(grant.getString("dataSource")).isEqualTo("https://firstmile.example.org/public/grant.xhtml?id=7");
    }

    @Test
    void coFundersAreFundingOrganisationsBesideTheFundsFunder() {
        String json = export(OpenGrants.number(9, true, new OpenGrant.Funder("GB-CHC-0000009", "Co-funding Trust")));
        JsonObject grant = Json.createReader(new StringReader(json)).readObject().getJsonArray("grants")
                .getJsonObject(0);

        assertThat(grant.getJsonArray("fundingOrganization").getValuesAs(JsonObject.class))
                .extracting(funder -> funder.getString("id")).containsExactly("GB-GOR-PB188", "GB-CHC-0000009");
        assertThat(ThreeSixtyGivingSchema.problemsOf(json)).isEmpty();
    }

    @Test
    void grantNotPublishedInTheOpenNamesNoPublicPageAsItsSource() {
        JsonObject grant = Json.createReader(new StringReader(export(OpenGrants.number(8, false)))).readObject()
                .getJsonArray("grants").getJsonObject(0);

        assertThat(grant.containsKey("dataSource")).isFalse();
    }

    /**
     * Each grant reaches the stream while later ones are still to be read: at no point are more than a buffer's
     * worth of grants held back. A writer that gathered the grants in a list and wrote them at the end would hold
     * back all 20,000.
     */
    @Test
    void grantsReachTheStreamWhileLaterOnesAreStillToBeRead() {
        ObjectCounter out = new ObjectCounter();
        GrantWriter writer = GrantWriter.of(OpenDataFormat.JSON, out, PUBLIC_BASE, ISSUED);
        long mostHeldBack = 0;
        for (int n = 1; n <= 20_000; n++) {
            writer.write(OpenGrants.number(n, true));
            mostHeldBack = Math.max(mostHeldBack, n - out.grantsWritten());
        }
        writer.finish();

        assertThat(out.grantsWritten()).isEqualTo(20_000);
        assertThat(mostHeldBack).as("grants written but not yet on the stream").isLessThan(20);
    }

    /** Counts the JSON objects on the stream: the package, then five per grant (itself and its four parts). */
    static final class ObjectCounter extends OutputStream {

        private long objects;

        @Override
        public void write(int b) {
            if (b == '{') {
                objects++;
            }
        }

        long grantsWritten() {
            return Math.max(0, (objects - 1) / 5);
        }
    }
}
