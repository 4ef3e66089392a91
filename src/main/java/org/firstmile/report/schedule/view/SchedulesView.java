package org.firstmile.report.schedule.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.firstmile.platform.faces.Dialogs;
import org.firstmile.platform.faces.Messages;
import org.firstmile.report.schedule.service.ScheduleForm;
import org.firstmile.report.schedule.service.ScheduleRow;
import org.firstmile.report.schedule.service.ScheduleService;

/** The schedules page: when the digest, the drafts and the reminders run; edit one in a dialog. */
@Named
@ViewScoped
public class SchedulesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ScheduleService schedules;

    private List<ScheduleRow> rows;
    private ScheduleForm form;

    @PostConstruct
    void load() {
        rows = schedules.schedules();
    }

    public void edit(ScheduleRow row) {
        form = schedules.edit(row.id());
    }

    public void save() {
        try {
            schedules.save(form);
            load();
            Dialogs.done("scheduleDialog", "Schedule \u201c" + form.getKind().label() + "\u201d saved.");
        } catch (RuntimeException e) {
            Messages.failed(e, "schedule");
        }
    }

    public List<ScheduleRow> getRows() {
        return rows;
    }

    public ScheduleForm getForm() {
        return form;
    }
}
