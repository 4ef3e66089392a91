package org.firstmile.opendata.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.firstmile.opendata.model.OpenDataFormat;
import org.firstmile.opendata.model.OpenGrant;
import org.firstmile.testsupport.ThreeSixtyGivingSchema;
import org.junit.jupiter.api.Test;

class ThreeSixtyGivingCsvTest {

    private static String export(OpenGrant... grants) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GrantWriter writer = GrantWriter.of(OpenDataFormat.CSV, out, URI.create("https://firstmile.example.org/"),
                OpenGrants.MODIFIED);
        for (OpenGrant grant : grants) {
            writer.write(grant);
        }
        writer.finish();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyColumnTitleIsTheStandardsTitleOfTheFieldItHolds() {
        JsonNode schema = ThreeSixtyGivingSchema.grantSchema();

        for (String title : ThreeSixtyGivingCsv.titles()) {
            assertThat(fieldTitled(schema, title)).as("the schema's field titled \u201c" + title + "\u201d")
                    .isNotNull();
        }
    }

    @Test
    void headerComesFirstThenOneRowPerGrant() {
        List<String> lines = export(OpenGrants.number(1, true), OpenGrants.number(2, false)).lines().toList();

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("Identifier,Title,Description,Currency,Amount Awarded,Award Date,"
                + "Planned Dates:Start Date,Planned Dates:End Date,Planned Dates:Duration (months),"
                + "Recipient Org:Identifier,Recipient Org:Name,Funding Org:Identifier,Funding Org:Name");
        assertThat(lines.get(1)).startsWith("360G-firstmile-1,Building a Relationships Collective 1,"
                + "\"A two-year project to design, test and build the infrastructure for relationships.\",GBP,"
                + "349500.00,2025-07-01,2025-09-01,2027-08-31,24,GB-SAMPLE-TRP");
        assertThat(lines.get(1)).endsWith(",https://firstmile.example.org/public/grant.xhtml?id=1");
        assertThat(lines.get(2)).endsWith(",2026-03-01T10:15:30Z,");
    }

    @Test
    void quotesAndLineBreaksAreQuotedSoTheRowStaysOneRecord() {
        assertThat(ThreeSixtyGivingCsv.quoted("Say \"hello\",\nthen go")).isEqualTo("\"Say \"\"hello\"\",\nthen go\"");
        assertThat(ThreeSixtyGivingCsv.quoted("plain")).isEqualTo("plain");
        assertThat(ThreeSixtyGivingCsv.quoted(null)).isEmpty();
    }

    /** The field whose title path is {@code title} ("Recipient Org:Identifier"), or null when there is none. */
    private static JsonNode fieldTitled(JsonNode schema, String title) {
        JsonNode node = schema;
        for (String part : title.split(":")) {
            JsonNode found = null;
            for (JsonNode property : properties(schema, node)) {
                if (part.equals(resolved(schema, property).path("title").asText(property.path("title").asText()))) {
                    found = property;
                }
            }
            if (found == null) {
                return null;
            }
            node = found;
        }
        return node;
    }

    private static List<JsonNode> properties(JsonNode schema, JsonNode node) {
        JsonNode object = resolved(schema, node);
        if (object.has("items")) {
            object = resolved(schema, object.get("items"));
        }
        List<JsonNode> found = new java.util.ArrayList<>();
        object.path("properties").forEach(found::add);
        return found;
    }

    private static JsonNode resolved(JsonNode schema, JsonNode node) {
        if (node.has("$ref") && node.get("$ref").asText().startsWith("#/$defs/")) {
            return schema.path("$defs").path(node.get("$ref").asText().substring("#/$defs/".length()));
        }
        return node;
    }
}
