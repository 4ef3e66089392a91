package org.firstmile.platform.faces;

import org.primefaces.PrimeFaces;

/**
 * Ends a dialog's action that succeeded: closes the dialog and shows the confirmation in the page's messages
 * ({@code page-messages}). A failure stays in the dialog's own messages, next to what the person typed, and is not
 * repeated on the page.
 */
public final class Dialogs {

    public static final String PAGE_MESSAGES = "page-messages";

    private Dialogs() {
    }

    public static void done(String widgetVar, String confirmation) {
        Messages.info(confirmation);
        PrimeFaces.current().ajax().update(PAGE_MESSAGES);
        PrimeFaces.current().executeScript("PF('" + widgetVar + "').hide()");
    }
}
