package org.firstmile.partner.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.firstmile.partner.service.PartnerPortalService;
import org.firstmile.partner.service.ReportingPage;
import org.firstmile.partner.service.ReportingRow;

/**
 * The partner's start page: their programmes, each reporting period, and how far its update has got, a page at a
 * time ({@code ?page=2}). A page number that is missing, not a number or out of range shows the nearest page. The
 * page renders its lines with a plain {@code ui:repeat}: twenty lines need no data-table component.
 */
@Named
@RequestScoped
public class PortalView {

    @Inject
    PartnerPortalService portal;

    private String pageParam;
    private ReportingPage page;

    static int pageNumber(String text) {
        try {
            return text == null ? 1 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public List<ReportingRow> getRows() {
        return getPage().rows();
    }

    /** Read once per request, when the page first asks: by then f:viewParam has set the page number. */
    public ReportingPage getPage() {
        if (page == null) {
            page = portal.myReporting(pageNumber(pageParam));
        }
        return page;
    }

    public String getPageParam() {
        return pageParam;
    }

    public void setPageParam(String pageParam) {
        this.pageParam = pageParam;
    }
}
