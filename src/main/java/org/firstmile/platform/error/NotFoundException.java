package org.firstmile.platform.error;

import jakarta.ejb.ApplicationException;

/** A record asked for by id does not exist, or the caller may not know that it exists. */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {

    public NotFoundException(String what, Object id) {
        super("There is no " + what + " with the reference " + id + ". Check the link, or go back to the list.");
    }
}
