package org.firstmile.platform.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.firstmile.platform.error.BusinessException;
import org.firstmile.platform.error.EditConflictException;
import org.firstmile.platform.error.NotFoundException;

/**
 * The exception mappers of the API, one per kind of failure JAX-RS may meet, all answering through
 * {@link Problems}. JAX-RS picks the mapper of the nearest type, so a not-found is never taken for a business rule.
 */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException exception) {
            return Problems.responseFor(exception);
        }
    }

    @Provider
    public static class EditConflict implements ExceptionMapper<EditConflictException> {
        @Override
        public Response toResponse(EditConflictException exception) {
            return Problems.responseFor(exception);
        }
    }

    @Provider
    public static class BusinessRule implements ExceptionMapper<BusinessException> {
        @Override
        public Response toResponse(BusinessException exception) {
            return Problems.responseFor(exception);
        }
    }

    @Provider
    public static class Validation implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException exception) {
            return Problems.responseFor(exception);
        }
    }

    @Provider
    public static class Forbidden implements ExceptionMapper<EJBAccessException> {
        @Override
        public Response toResponse(EJBAccessException exception) {
            return Problems.responseFor(exception);
        }
    }

    /** A request body that JSON-B could not read. */
    @Provider
    public static class MalformedBody implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException exception) {
            return Problems.responseFor(exception);
        }
    }

    /** JAX-RS's own answers: no such address (404), wrong method (405), wrong media type (415) and the like. */
    @Provider
    public static class Http implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException exception) {
            return Problems.responseFor(exception);
        }
    }

    /** Everything else, including an EJB's wrapping of the above: unwrapped, or a 500 without a stack trace. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable exception) {
            return Problems.responseFor(exception);
        }
    }
}
