package org.firstmile.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The 360Giving 1.4.3 JSON Schema, from the copies in {@code src/test/resources/360giving} (CC BY 4.0, see the
 * README there). Every schema address resolves to those copies, so validating needs no network. Formats are
 * asserted: the standard's dates are "a date-time, or one of the pattern YYYY-MM-DD", which only works when
 * {@code format} is checked.
 */
public final class ThreeSixtyGivingSchema {

    private static final String STANDARD = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/";
    /** How the standard's files name their meta-schema (http, where the draft itself says https). */
    private static final String DRAFT_2020_12_AS_WRITTEN = "http://json-schema.org/draft/2020-12/schema";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema PACKAGE = load();

    private ThreeSixtyGivingSchema() {
    }

    /** The schema's complaints about a data package; empty when it is valid. */
    public static List<String> problemsOf(String packageJson) {
        return PACKAGE.validate(packageJson, InputFormat.JSON).stream().map(ValidationMessage::toString).toList();
    }

    /** The grant schema itself, to read its titles from. */
    public static JsonNode grantSchema() {
        try (InputStream in = ThreeSixtyGivingSchema.class.getResourceAsStream("/360giving/360-giving-schema.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema load() {
        JsonMetaSchema asWritten = JsonMetaSchema.builder(DRAFT_2020_12_AS_WRITTEN, JsonMetaSchema.getV202012())
                .build();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
                .metaSchema(asWritten)
                .schemaMappers(mappers -> mappers
                        .mapPrefix(STANDARD + "1.4.2/schema/", "classpath:360giving/")
                        .mapPrefix(STANDARD + "1.4.3/schema/", "classpath:360giving/")));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return factory.getSchema(SchemaLocation.of("classpath:360giving/360-giving-package-schema.json"), config);
    }
}
