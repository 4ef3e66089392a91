package org.firstmile.opendata.service;

import java.io.OutputStream;
import java.net.URI;
import java.time.Instant;
import org.firstmile.opendata.model.OpenDataFormat;
import org.firstmile.opendata.model.OpenGrant;

/**
 * Writes grants to a stream one at a time, as they are read: nothing is kept after a grant is written, so memory
 * does not grow with the number of grants. {@link #finish()} closes the document.
 */
public interface GrantWriter {

    void write(OpenGrant grant);

    void finish();

    /**
     * A writer of the given format. {@code publicBase} is the address the public pages are under (it names each
     * public grant's page as its data source); null leaves the data source out.
     */
    static GrantWriter of(OpenDataFormat format, OutputStream out, URI publicBase, Instant issuedAt) {
        return switch (format) {
            case JSON -> new ThreeSixtyGivingJson(out, publicBase, issuedAt);
            case CSV -> new ThreeSixtyGivingCsv(out, publicBase);
        };
    }

    /** The public page of a grant published in the open, or null when it has none. */
    static String dataSourceOf(OpenGrant grant, URI publicBase) {
        return publicBase == null || !grant.publicFlag() ? null
                : publicBase.resolve("public/grant.xhtml?id=" + grant.id()).toString();
    }
}
