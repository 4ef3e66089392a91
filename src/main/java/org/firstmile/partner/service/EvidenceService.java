package org.firstmile.partner.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.firstmile.identity.model.Role;
import org.firstmile.identity.service.Callers;
import org.firstmile.partner.model.EvidenceFile;
import org.firstmile.partner.model.StoredFile;
import org.firstmile.platform.error.NotFoundException;

/** Hands out evidence files: to staff and administrators, and to the partner whose programme it belongs to. */
@Stateless
@RolesAllowed({Role.STAFF_NAME, Role.ADMIN_NAME, Role.PARTNER_NAME})
public class EvidenceService {

    @PersistenceContext
    EntityManager em;

    @Inject
    EvidenceStore store;

    @Inject
    Callers callers;

    @Resource
    SessionContext session;

    /** The file and its bytes, checked against their SHA-256; another partner's file is "not found". */
    public Download open(long fileId) {
        EvidenceFile file = em.find(EvidenceFile.class, fileId);
        if (file == null || !mayRead(file)) {
            throw new NotFoundException("evidence file", fileId);
        }
        StoredFile stored = file.stored();
        return new Download(stored, store.read(stored));
    }

    private boolean mayRead(EvidenceFile file) {
        if (session.isCallerInRole(Role.STAFF_NAME) || session.isCallerInRole(Role.ADMIN_NAME)) {
            return true;
        }
        return file.getUpdate().getProgramme().isRunBy(callers.organisationOf(session.getCallerPrincipal().getName()));
    }

    /** A file ready to send. */
    public record Download(StoredFile file, byte[] bytes) {
    }
}
