package org.firstmile.finance.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** Budget against spend of one grant for one reporting period or to date, with the payments received. */
public record FinanceSummary(String currency, BigDecimal thresholdPercent, List<VarianceLine> lines,
        BigDecimal budgetTotal, BigDecimal spentTotal, List<PaymentRow> payments, BigDecimal paymentsTotal)
        implements Serializable {

    /** The lines over the threshold without an explanation: while there are any, the report cannot be published. */
    public List<VarianceLine> unexplained() {
        return lines.stream().filter(VarianceLine::unexplained).toList();
    }

    /** Spent minus budget over all lines. */
    public BigDecimal varianceTotal() {
        return spentTotal.subtract(budgetTotal);
    }
}
