package org.firstmile.platform.error;

import jakarta.ejb.ApplicationException;

/** Someone else saved the same record after the user opened it: the user's version is stale. */
@ApplicationException(rollback = true)
public class EditConflictException extends BusinessException {

    public EditConflictException(String what) {
        super("Someone else changed this " + what + " while you were editing it, so your changes were not saved. "
                + "Your input is still on the page: copy what you need, reload the page to see their changes, "
                + "then apply yours again.");
    }

    /** Throws when the version the user edited is not the version stored now. */
    public static void check(String what, long editedVersion, long storedVersion) {
        if (editedVersion != storedVersion) {
            throw new EditConflictException(what);
        }
    }
}
