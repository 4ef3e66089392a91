package org.firstmile.partner.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.firstmile.partner.service.PartnerPortalService;
import org.firstmile.partner.service.ReportingRow;

/** The partner's start page: their programmes, each reporting period, and how far its update has got. */
@Named
@RequestScoped
public class PortalView {

    @Inject
    PartnerPortalService portal;

    private List<ReportingRow> rows;

    @PostConstruct
    void load() {
        rows = portal.myReporting();
    }

    public List<ReportingRow> getRows() {
        return rows;
    }
}
