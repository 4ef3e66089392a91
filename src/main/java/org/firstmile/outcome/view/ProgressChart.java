package org.firstmile.outcome.view;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.Map;
import org.firstmile.outcome.service.IndicatorRow;
import org.firstmile.outcome.service.IndicatorRow.PeriodProgress;

/**
 * Builds the Chart.js configuration of an indicator's bar chart: target beside actual for each period, and the same
 * figures in words for the chart's text alternative. Names typed by people are escaped for the script element the
 * chart's configuration is written into; the text alternative is an attribute, which Faces escapes.
 */
public final class ProgressChart {

    private static final String TARGET_COLOUR = "#b1b4b6";
    private static final String ACTUAL_COLOUR = "#1d70b8";

    /**
     * One factory for every chart: {@code Json.createObjectBuilder()} looks the JSON provider up through the
     * ServiceLoader on every call, which was a quarter of the funder page's time. The factory is thread-safe.
     */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private ProgressChart() {
    }

    public static String of(IndicatorRow row) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder targets = JSON.createArrayBuilder();
        JsonArrayBuilder actuals = JSON.createArrayBuilder();
        for (PeriodProgress period : row.periods()) {
            labels.add(period.period().name());
            add(targets, period.progress().target());
            add(actuals, period.progress().actual());
        }
        return JSON.createObjectBuilder()
                .add("type", "bar")
                .add("data", JSON.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", JSON.createArrayBuilder()
                                .add(dataset("Target", targets, TARGET_COLOUR))
                                .add(dataset("Actual", actuals, ACTUAL_COLOUR))))
                .add("options", JSON.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("plugins", JSON.createObjectBuilder()
                                .add("title", JSON.createObjectBuilder().add("display", true)
                                        .add("text", row.name() + " (" + row.unit() + ")")))
                        .add("scales", JSON.createObjectBuilder()
                                .add("y", JSON.createObjectBuilder().add("beginAtZero", true))))
                .build().toString()
                // The configuration is written into a script element: no name may close it ("</script>").
                .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    /**
     * The chart in words, for people who cannot see it: "People brought together (people), target and actual by
     * period. Year one: target 400, actual 455. Year two: target 600, nothing recorded yet."
     */
    public static String describe(IndicatorRow row) {
        StringBuilder text = new StringBuilder(row.name()).append(" (").append(row.unit())
                .append("), target and actual by period.");
        if (row.periods().isEmpty()) {
            text.append(" No reporting periods yet.");
        }
        for (PeriodProgress period : row.periods()) {
            text.append(' ').append(period.period().name()).append(": ")
                    .append(figure("target ", period.progress().target(), "no target"))
                    .append(", ")
                    .append(figure("actual ", period.progress().actual(), "nothing recorded yet"))
                    .append('.');
        }
        return text.toString();
    }

    private static String figure(String label, BigDecimal value, String missing) {
        return value == null ? missing : label + value.stripTrailingZeros().toPlainString();
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
        return JSON.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour);
    }

    private static void add(JsonArrayBuilder values, BigDecimal value) {
        if (value == null) {
            values.addNull();
        } else {
            values.add(value);
        }
    }
}
