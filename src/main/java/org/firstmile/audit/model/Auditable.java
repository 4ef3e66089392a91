package org.firstmile.audit.model;

import java.util.Map;

/** A record whose changes are audited. Its state is the fields a person would recognise, as words. */
public interface Auditable {

    Long getId();

    /** The kind of record, as people say it: "Proposal", "Milestone". */
    String auditType();

    /** A short name for the record in the audit list, such as its title. */
    String auditName();

    /** The grant the record belongs to, for the grant's own history; null when it belongs to none. */
    Long auditGrantId();

    /** The audited fields and their values now, in a stable order. */
    Map<String, String> auditState();
}
