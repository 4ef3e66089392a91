package org.firstmile.platform.persistence;

import java.util.Locale;

/** Turns typed text into a JPQL LIKE pattern that matches it anywhere, case-insensitively, wildcards escaped. */
public final class Like {

    private Like() {
    }

    /** The pattern for {@code LOWER(column) LIKE :parameter}. */
    public static String containing(String text) {
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
