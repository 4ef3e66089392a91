package org.firstmile.finance.service;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One category's budget against spend: {@code category} is the plain-English label, {@code variancePercent} is null
 * when the budget is 0, and {@code explanation} is null when none has been written.
 */
public record VarianceLine(String category, String description, BigDecimal budget, BigDecimal spent,
        BigDecimal variance, BigDecimal variancePercent, boolean overThreshold, String explanation)
        implements Serializable {

    /** Over the threshold and not yet explained. */
    public boolean unexplained() {
        return overThreshold && (explanation == null || explanation.isBlank());
    }
}
