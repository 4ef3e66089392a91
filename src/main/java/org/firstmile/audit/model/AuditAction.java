package org.firstmile.audit.model;

/** What happened to a record. */
public enum AuditAction {
    CREATED("Created"),
    UPDATED("Updated"),
    STATUS_CHANGED("Status changed"),
    REMOVED("Removed");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
