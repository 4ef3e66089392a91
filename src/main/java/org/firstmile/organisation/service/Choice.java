package org.firstmile.organisation.service;

import java.io.Serializable;
import org.firstmile.organisation.model.Organisation;

/**
 * An entry of a drop-down list or a picker: the id to submit and the words to show. Serializable, because a picker
 * whose form was refused keeps the chosen entry in the page's saved state.
 */
public record Choice(Long id, String label) implements Serializable {

    /** An organisation as the pickers show it: its name and, to tell namesakes apart, its org-id. */
    public static Choice of(Organisation organisation) {
        return organisation(organisation.getId(), organisation.getName(), organisation.getOrgId());
    }

    static Choice organisation(Long id, String name, String orgId) {
        return new Choice(id, name + " (" + orgId + ")");
    }
}
