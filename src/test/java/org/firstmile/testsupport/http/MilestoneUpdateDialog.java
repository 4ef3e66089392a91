package org.firstmile.testsupport.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;

/**
 * The grant page's "Log an update" dialog over HTTP, as a person uses it: open the grant page, press "Log an update"
 * on a milestone's row, change fields of the dialog, press "Save update".
 */
public final class MilestoneUpdateDialog {

    /** The start of the message a person gets when someone else saved the milestone first. */
    public static final String CONFLICT = "Someone else changed this milestone while you were editing it, so your "
            + "changes were not saved.";

    private final FacesAjax page;
    private final FacesForm form;

    private MilestoneUpdateDialog(FacesAjax page, FacesForm form) {
        this.page = page;
        this.form = form;
    }

    /** Opens the grant page and the dialog for the milestone titled {@code milestoneTitle}. */
    public static MilestoneUpdateDialog open(HttpClient staff, URI base, long grantId, String milestoneTitle)
            throws IOException, InterruptedException {
        FacesAjax page = FacesAjax.open(staff, base.resolve("grant/view.xhtml?id=" + grantId));
        String button = Http.find(Pattern.compile("<button id=\"([^\"]+:log-update)\"[^>]*aria-label=\"Log an update "
                + "to " + Pattern.quote(milestoneTitle) + "\""), page.page().body());
        page.press(button, button, "", FacesForm.of(page.page(), "milestones").fields());
        HttpResponse<String> dialog = page.loadDialog("update-dialog");
        if (!dialog.body().contains(">" + milestoneTitle + "</strong>")) {
            throw new AssertionError("The dialog does not show " + milestoneTitle + ": " + dialog.body());
        }
        return new MilestoneUpdateDialog(page, FacesForm.of(dialog, "update-form"));
    }

    /** Sets a field of the dialog: {@code status} (PLANNED, IN_PROGRESS ...), {@code evidence}, {@code note} ... */
    public MilestoneUpdateDialog set(String field, String value) {
        form.set("update-form:" + field, value);
        return this;
    }

    /** Presses "Save update"; the partial response. */
    public HttpResponse<String> save() throws IOException, InterruptedException {
        return page.press("update-form:save", "update-form", "update-form milestones", form.fields());
    }

    /** Whether the answer to {@link #save} confirms on the page that the update was saved. */
    public static boolean saved(HttpResponse<String> answer) {
        return FacesAjax.update(answer, "page-messages").contains("saved.");
    }
}
