package org.firstmile.report.schedule.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.firstmile.platform.batch.JobRun;
import org.firstmile.platform.faces.LazyPages;
import org.firstmile.report.schedule.service.ScheduleService;

/** The runs page: every run of a scheduled job, newest first, a page at a time. */
@Named
@ViewScoped
public class RunsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ScheduleService schedules;

    private LazyPages<JobRun> model;

    @PostConstruct
    void init() {
        model = new LazyPages<>(() -> schedules.countRuns(), (first, size) -> schedules.runs(first, size),
                JobRun::getId);
    }

    public LazyPages<JobRun> getModel() {
        return model;
    }
}
