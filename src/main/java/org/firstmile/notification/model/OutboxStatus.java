package org.firstmile.notification.model;

/** Where an e-mail has got: waiting in the outbox (no mail server, or not yet sent), sent, or given up on. */
public enum OutboxStatus {
    PENDING("In the outbox"), SENT("Sent"), FAILED("Not sent");

    private final String label;

    OutboxStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
