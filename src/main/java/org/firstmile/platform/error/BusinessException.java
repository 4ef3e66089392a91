package org.firstmile.platform.error;

import jakarta.ejb.ApplicationException;

/**
 * A business rule said no. The message is written for the person who tried, in plain English: what went wrong
 * and what to do next. Thrown from models and services; rolls back the transaction.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    public BusinessException(String message) {
        super(message);
    }
}
