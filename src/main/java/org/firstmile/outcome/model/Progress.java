package org.firstmile.outcome.model;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;

/**
 * An actual against a target, for one period or summed over several. Either may be missing: no target was set, or
 * nothing has been recorded yet. A target of zero is met by any actual, but has no meaningful percentage.
 */
public record Progress(BigDecimal target, BigDecimal actual) implements Serializable {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static Progress of(BigDecimal target, BigDecimal actual) {
        return new Progress(target, actual);
    }

    /** Adds up periods: targets that exist, actuals that exist; missing when none of them exist. */
    public static Progress sum(Collection<Progress> parts) {
        return new Progress(total(parts.stream().map(Progress::target).toList()),
                total(parts.stream().map(Progress::actual).toList()));
    }

    /** The actual as a whole percentage of the target, rounded half up; null when there is nothing to compare. */
    public Integer percentage() {
        if (target == null || actual == null || target.signum() == 0) {
            return null;
        }
        return actual.multiply(HUNDRED).divide(target, 0, RoundingMode.HALF_UP).intValueExact();
    }

    public ProgressStatus status() {
        if (target == null) {
            return ProgressStatus.NO_TARGET;
        }
        if (actual == null) {
            return ProgressStatus.NOT_RECORDED;
        }
        return actual.compareTo(target) >= 0 ? ProgressStatus.ON_TRACK : ProgressStatus.BELOW_TARGET;
    }

    /** On track when the actual reaches the target. */
    public boolean onTrack() {
        return status() == ProgressStatus.ON_TRACK;
    }

    private static BigDecimal total(Collection<BigDecimal> figures) {
        return figures.stream().filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
    }
}
