package org.firstmile.identity.model;

import org.firstmile.platform.error.BusinessException;

/** What a password must be: long enough to resist guessing (NCSC and NIST favour length over symbols). */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static void check(String password) {
        if (password == null || password.isBlank()) {
            throw new BusinessException("Enter a password.");
        }
        if (password.length() < MIN_LENGTH) {
            throw new BusinessException("The password must be at least " + MIN_LENGTH + " characters. Three or four "
                    + "random words make a good one.");
        }
        if (password.length() > MAX_LENGTH) {
            throw new BusinessException("The password must be " + MAX_LENGTH + " characters or fewer.");
        }
    }
}
