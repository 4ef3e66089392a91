package org.firstmile.partner.model;

/** Where a revision of a partner update stands. Only a draft can change; the others are kept as they are. */
public enum PartnerUpdateStatus {
    DRAFT("Draft"),
    SUBMITTED("Submitted"),
    ACCEPTED("Accepted"),
    RETURNED("Returned with feedback");

    private final String label;

    PartnerUpdateStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
