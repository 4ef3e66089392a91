package org.firstmile.audit.service;

import org.firstmile.audit.model.AuditAction;

/** Filters of the audit page; events are always newest first. */
public record AuditQuery(String entityType, String actorContains, AuditAction action, Long grantId) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null);
    }
}
