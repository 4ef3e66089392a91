package org.firstmile.audit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.firstmile.audit.model.AuditAction;
import org.firstmile.audit.model.AuditEvent;
import org.firstmile.audit.model.Auditable;
import org.firstmile.audit.model.FieldChange;

/**
 * Writes the audit trail in the caller's transaction, so an event exists exactly when its change does. Services call
 * it after each create, update or status change; a change that changes no audited field writes nothing.
 */
@ApplicationScoped
public class AuditTrail {

    public static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SecurityContext security;

    /** Records a new record with all its fields; flushes first so that the record has its id. */
    public void created(Auditable record) {
        em.flush();
        write(record, AuditAction.CREATED, FieldChange.between(FieldChange.none(), record.auditState()));
    }

    /** Records the fields that differ from {@code before}, the state read before the change. */
    public void changed(Auditable record, Map<String, String> before, AuditAction action) {
        write(record, action, FieldChange.between(before, record.auditState()));
    }

    /** Records a change the state does not show, such as a new password, in the words given. */
    public void noted(Auditable record, AuditAction action, String field, String what) {
        write(record, action, List.of(new FieldChange(field, null, what)));
    }

    private void write(Auditable record, AuditAction action, List<FieldChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        em.persist(new AuditEvent(clock.instant(), actor(), record, action, FieldChange.describe(changes)));
    }

    private String actor() {
        try {
            Principal caller = security.getCallerPrincipal();
            return caller == null ? SYSTEM : caller.getName();
        } catch (IllegalStateException noRequest) {
            return SYSTEM;
        }
    }
}
