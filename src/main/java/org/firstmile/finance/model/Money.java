package org.firstmile.finance.model;

import java.math.BigDecimal;
import org.firstmile.platform.error.BusinessException;

/** The checks every amount of money passes, whatever it is for. */
final class Money {

    private Money() {
    }

    static BigDecimal notNegative(BigDecimal amount, String what) {
        if (amount == null) {
            throw new BusinessException("Enter the " + what + ", for example 1250.00.");
        }
        if (amount.signum() < 0) {
            throw new BusinessException("The " + what + " cannot be negative. Enter 0 or more.");
        }
        return amount;
    }

    static BigDecimal positive(BigDecimal amount, String what) {
        if (notNegative(amount, what).signum() == 0) {
            throw new BusinessException("The " + what + " must be more than 0.");
        }
        return amount;
    }

    static String plain(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    static String text(String value, String what, int max) {
        if (value == null || value.isBlank()) {
            throw new BusinessException("Enter the " + what + ".");
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new BusinessException("The " + what + " must be " + max + " characters or fewer.");
        }
        return stripped;
    }

    static <T> T chosen(T value, String what) {
        if (value == null) {
            throw new BusinessException("Choose the " + what + ".");
        }
        return value;
    }
}
