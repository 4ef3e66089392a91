package org.firstmile.audit.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.firstmile.audit.model.AuditAction;
import org.firstmile.audit.service.AuditService;

/** The audit page: every audited change, newest first, filterable by kind of record, person and action. */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditService audit;

    private AuditLazyModel model;

    @PostConstruct
    void init() {
        model = new AuditLazyModel(audit);
    }

    public AuditLazyModel getModel() {
        return model;
    }

    public List<String> getEntityTypes() {
        return AuditService.ENTITY_TYPES;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }
}
