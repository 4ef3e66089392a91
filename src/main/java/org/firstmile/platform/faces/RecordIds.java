package org.firstmile.platform.faces;

import org.firstmile.platform.error.NotFoundException;

/** Reads a record id from a page address. Anything but a whole number names a record that does not exist. */
public final class RecordIds {

    private RecordIds() {
    }

    public static long parse(String what, String text) {
        try {
            if (text != null) {
                return Long.parseLong(text.strip());
            }
        } catch (NumberFormatException notANumber) {
            // falls through to not found
        }
        throw new NotFoundException(what, text == null ? "(none given)" : printable(text));
    }

    /** The reference as a person or a log may see it: short, and without control characters (no forged lines). */
    private static String printable(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= 40 ? clean : clean.substring(0, 40) + "\u2026";
    }
}
