package org.firstmile.platform.faces;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.firstmile.platform.error.BusinessException;
import org.firstmile.platform.error.EditConflictException;

/**
 * The one mapping from what went wrong in a use case to the message a person reads. A view calls
 * {@link #failed(Exception, String)} from its action's catch block and stays on the page, so nothing typed is lost.
 */
public final class Messages {

    private static final Logger LOG = Logger.getLogger(Messages.class.getName());

    private Messages() {
    }

    /** A confirmation shown on the page being rendered now (an ajax update). */
    public static void info(String text) {
        add(FacesMessage.SEVERITY_INFO, text);
    }

    /** A confirmation that survives the redirect the action is about to make. */
    public static void infoAfterRedirect(String text) {
        add(FacesMessage.SEVERITY_INFO, text);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    public static void error(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
    }

    /** Shows why an action failed; {@code what} names the record ("proposal") for the conflict message. */
    public static void failed(Exception exception, String what) {
        error(describe(exception, what));
        FacesContext.getCurrentInstance().validationFailed();
    }

    static String describe(Throwable exception, String what) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessException business) {
                return business.getMessage();
            }
            if (cause instanceof OptimisticLockException) {
                return new EditConflictException(what).getMessage();
            }
            if (cause instanceof ConstraintViolationException violations) {
                return String.join(" ", violations.getConstraintViolations().stream()
                        .map(ConstraintViolation::getMessage).sorted().toList());
            }
            if (cause instanceof EJBAccessException) {
                return "You do not have permission to do that. Ask an administrator if you need it.";
            }
        }
        LOG.log(Level.SEVERE, "Unexpected failure", exception);
        return "Sorry, that could not be saved because of a problem in FirstMile. Nothing was half-saved and your "
                + "input is still on the page. Try again; if it happens again, tell your administrator.";
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(severity, text, null));
    }
}
