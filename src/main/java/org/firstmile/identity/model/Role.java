package org.firstmile.identity.model;

/** The roles a user can hold; the names are the groups that Jakarta Security checks. */
public enum Role {
    ADMIN, STAFF, FUNDER, PARTNER;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String STAFF_NAME = "STAFF";
    public static final String FUNDER_NAME = "FUNDER";
    public static final String PARTNER_NAME = "PARTNER";
}
