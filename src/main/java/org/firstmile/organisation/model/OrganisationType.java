package org.firstmile.organisation.model;

/** The part an organisation plays in FirstMile. */
public enum OrganisationType {
    FUNDER("Funder"),
    GRANTEE("Grantee"),
    PARTNER("Partner");

    private final String label;

    OrganisationType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
