package org.firstmile.platform.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.firstmile.platform.error.BusinessException;
import org.firstmile.platform.error.EditConflictException;
import org.firstmile.platform.error.NotFoundException;

/**
 * The one mapping from what went wrong in an API call to the problem the caller gets, the API's counterpart of
 * {@code platform.faces.Messages}. It looks through wrappers (an EJB wraps a validation failure, JSON-B a parse
 * error) for the first cause it knows; anything else is a 500 that is logged and shows no stack trace.
 * A broken business rule is 422 (the request was understood, but the record's state or FirstMile's rules refuse
 * it); a stale version is 409, because reloading and applying the change again can succeed.
 */
public final class Problems {

    private static final Logger LOG = Logger.getLogger(Problems.class.getName());

    private Problems() {
    }

    public static Problem of(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            Problem known = known(cause);
            if (known != null) {
                return known;
            }
        }
        LOG.log(Level.SEVERE, "Unexpected failure in an API call", exception);
        return Problem.of("internal-error", "Something went wrong", 500, "FirstMile could not finish the request. "
                + "Nothing was half-saved. Try again; if it happens again, tell your administrator the time.");
    }

    public static Response responseFor(Throwable exception) {
        return of(exception).toResponse();
    }

    private static Problem known(Throwable cause) {
        if (cause instanceof NotFoundException notFound) {
            return Problem.of("not-found", "Not found", 404, notFound.getMessage());
        }
        if (cause instanceof EditConflictException conflict) {
            return Problem.of("edit-conflict", "Someone else changed it", 409, conflict.getMessage());
        }
        if (cause instanceof OptimisticLockException) {
            return Problem.of("edit-conflict", "Someone else changed it", 409, "Someone else changed this record "
                    + "while you were editing it, so your change was not saved. Read it again, then apply yours.");
        }
        if (cause instanceof BusinessException rule) {
            return Problem.of("business-rule", "Not allowed by FirstMile's rules", 422, rule.getMessage());
        }
        if (cause instanceof ConstraintViolationException violations) {
            return Problem.of("validation", "The request is not valid", 400, String.join(" ", violations
                    .getConstraintViolations().stream().map(ConstraintViolation::getMessage).sorted().toList()));
        }
        if (cause instanceof EJBAccessException) {
            return forbidden();
        }
        if (cause instanceof JsonbException || cause instanceof JsonException) {
            return Problem.of("malformed-json", "The request body is not valid JSON", 400, "Send a JSON object "
                    + "with the fields the OpenAPI document describes for this call.");
        }
        if (cause instanceof WebApplicationException web) {
            return ofStatus(web.getResponse().getStatusInfo());
        }
        return null;
    }

    static Problem forbidden() {
        return Problem.of("forbidden", "Not allowed for your account", 403, "Your account cannot do this. If you "
                + "think it should, ask an administrator to check your role.");
    }

    private static Problem ofStatus(Response.StatusType status) {
        return switch (status.getStatusCode()) {
            case 403 -> forbidden();
            case 404 -> Problem.of("not-found", "Not found", 404, "There is nothing at this address. The OpenAPI "
                    + "document at /openapi lists what there is.");
            case 400 -> Problem.of("bad-request", "Bad request", 400, "The request is not what this call expects; "
                    + "the OpenAPI document at /openapi describes it.");
            default -> Problem.of("http-" + status.getStatusCode(), status.getReasonPhrase(), status.getStatusCode(),
                    "The request could not be answered: " + status.getReasonPhrase() + ".");
        };
    }
}
