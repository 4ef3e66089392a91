package org.firstmile.finance.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import org.firstmile.platform.faces.PageFunctions;

/** Formats variances for pages: {@code #{financeFmt.variance(amount, currency)}}, {@code #{financeFmt.percent(p)}}. */
@Named("financeFmt")
@ApplicationScoped
public class FinanceFormats {

    /** A signed amount of money: "+£800.00" for overspend, "-£1,000.00" for underspend. */
    public String variance(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        String money = PageFunctions.money(amount.abs(), currency);
        return amount.signum() > 0 ? "+" + money : amount.signum() < 0 ? "\u2212" + money : money;
    }

    /** A signed percentage to one decimal place; "no budget" when there is none to compare with. */
    public String percent(BigDecimal percent) {
        if (percent == null) {
            return "no budget";
        }
        String plain = percent.abs().toPlainString() + "%";
        return percent.signum() > 0 ? "+" + plain : percent.signum() < 0 ? "\u2212" + plain : plain;
    }
}
