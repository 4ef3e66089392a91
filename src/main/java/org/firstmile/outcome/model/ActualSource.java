package org.firstmile.outcome.model;

/** Where an actual figure came from. A period's actual is the sum over its sources. */
public enum ActualSource {
    STAFF("Recorded by staff"),
    PARTNER_UPDATE("From partner updates");

    private final String label;

    ActualSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
