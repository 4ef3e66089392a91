package org.firstmile.opendata.service;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import org.firstmile.opendata.model.OpenGrant;

/**
 * The 360Giving flat form: one grant a row, under the standard's column titles (such as {@code Amount Awarded} and
 * {@code Recipient Org:Identifier}), quoted as RFC 4180 says. The flat form has one funding organisation, the
 * fund's funder; co-funders are in the JSON.
 */
final class ThreeSixtyGivingCsv implements GrantWriter {

    private record Column(String title, Function<OpenGrant, Object> value) {
    }

    private final Writer out;
    private final List<Column> columns;

    ThreeSixtyGivingCsv(OutputStream stream, URI publicBase) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        this.columns = List.of(
                new Column("Identifier", OpenGrant::identifier),
                new Column("Title", OpenGrant::title),
                new Column("Description", OpenGrant::descriptionOrTitle),
                new Column("Currency", OpenGrant::currency),
                new Column("Amount Awarded", grant -> grant.amountAwarded().toPlainString()),
                new Column("Award Date", OpenGrant::awardDate),
                new Column("Planned Dates:Start Date", OpenGrant::plannedStart),
                new Column("Planned Dates:End Date", OpenGrant::plannedEnd),
                new Column("Planned Dates:Duration (months)", OpenGrant::durationMonths),
                new Column("Recipient Org:Identifier", OpenGrant::recipientOrgId),
                new Column("Recipient Org:Name", OpenGrant::recipientName),
                new Column("Funding Org:Identifier", OpenGrant::funderOrgId),
                new Column("Funding Org:Name", OpenGrant::funderName),
                new Column("Grant Programme:Code", OpenGrant::fundCode),
                new Column("Grant Programme:Title", OpenGrant::fundTitle),
                new Column("Grant Programme:URL", OpenGrant::fundUrl),
                new Column("Last Modified", grant -> grant.modified().truncatedTo(ChronoUnit.SECONDS)),
                new Column("Data Source", grant -> GrantWriter.dataSourceOf(grant, publicBase)));
        row(columns.stream().map(Column::title).map(Object.class::cast).toList());
    }

    /** The column titles, in order. */
    static List<String> titles() {
        return new ThreeSixtyGivingCsv(OutputStream.nullOutputStream(), null).columns.stream().map(Column::title)
                .toList();
    }

    @Override
    public void write(OpenGrant grant) {
        row(columns.stream().map(column -> column.value().apply(grant)).toList());
    }

    @Override
    public void finish() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void row(List<Object> values) {
        try {
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(quoted(values.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String quoted(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
