package org.firstmile.audit.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** One field's value before and after a change; {@code null} where the field had or has no value. */
public record FieldChange(String field, String before, String after) {

    /** The fields whose values differ between two states, in the order the fields first appear. */
    public static List<FieldChange> between(Map<String, String> before, Map<String, String> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String old = blankToNull(before.get(field));
            String now = blankToNull(after.get(field));
            if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(field, old, now));
            }
        }
        return changes;
    }

    /** Writes changes one per line as "Field: before → after", the form kept in the database and shown. */
    public static String describe(List<FieldChange> changes) {
        StringBuilder text = new StringBuilder();
        for (FieldChange change : changes) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(change.field()).append(": ").append(shown(change.before())).append(" \u2192 ")
                    .append(shown(change.after()));
        }
        return text.toString();
    }

    /** An empty state, for a record that did not exist before. */
    public static Map<String, String> none() {
        return new LinkedHashMap<>();
    }

    private static String shown(String value) {
        if (value == null) {
            return "(none)";
        }
        return value.length() > 200 ? value.substring(0, 197) + "..." : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
