package org.firstmile.outcome.service;

import java.io.Serializable;
import java.util.List;
import org.firstmile.outcome.model.Progress;

/** An indicator with its progress in each reporting period and to date. */
public record IndicatorRow(Long id, int version, String name, String unit, String description,
        List<PeriodProgress> periods, Progress toDate, Long programmeId) implements Serializable {

    /** Progress in one period. */
    public record PeriodProgress(PeriodRef period, Progress progress) implements Serializable {
    }
}
