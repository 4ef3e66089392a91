package org.firstmile.testsupport.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;

/** The administrators' schedules page over HTTP: "Edit" on a schedule's row, change fields, "Save schedule". */
public final class ScheduleDialog {

    private ScheduleDialog() {
    }

    /**
     * Edits the schedule labelled {@code label} (for example "Draft progress report before each report is due"),
     * setting the dialog's fields by their ids ({@code days-before}, {@code day}, {@code time}); fails unless saved.
     */
    public static void edit(HttpClient admin, URI base, String label, Map<String, String> changes)
            throws IOException, InterruptedException {
        FacesAjax page = FacesAjax.open(admin, base.resolve("admin/schedules.xhtml"));
        String button = Http.find(Pattern.compile("<button id=\"([^\"]+:edit)\"[^>]*aria-label=\"Edit "
                + Pattern.quote(label) + "\""), page.page().body());
        HttpResponse<String> dialog = page.press(button, button, "schedule-form",
                FacesForm.of(page.page(), "schedules").fields());
        FacesForm form = FacesForm.of(dialog, "schedule-form");
        changes.forEach((field, value) -> form.set("schedule-form:" + field, value));
        HttpResponse<String> saved = page.press("schedule-form:save", "schedule-form", "schedule-form schedules",
                form.fields());
        if (!FacesAjax.update(saved, "page-messages").contains("saved.")) {
            throw new AssertionError("The schedule was not saved: " + saved.body());
        }
    }
}
