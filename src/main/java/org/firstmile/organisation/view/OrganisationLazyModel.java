package org.firstmile.organisation.view;

import java.util.Map;
import java.util.Optional;
import org.firstmile.organisation.model.Organisation;
import org.firstmile.organisation.model.OrganisationType;
import org.firstmile.organisation.service.OrganisationQuery;
import org.firstmile.platform.faces.LazyQueryPages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/** Feeds the organisations table one page at a time: a count and a page query, however many organisations. */
public class OrganisationLazyModel extends LazyQueryPages<Organisation, OrganisationQuery> {

    private static final long serialVersionUID = 1L;

    OrganisationLazyModel(Count<OrganisationQuery> count, Page<Organisation, OrganisationQuery> page) {
        super(count, page);
    }

    @Override
    protected OrganisationQuery query(Map<String, FilterMeta> filterBy, Map<String, SortMeta> sortBy) {
        Optional<SortMeta> sort = sort(sortBy);
        return new OrganisationQuery(text(filterBy, "name"), text(filterBy, "orgId"), choice(filterBy, "type", OrganisationType.class),
                sort.map(SortMeta::getField).orElse("name"), sort.map(LazyQueryPages::ascending).orElse(true));
    }

    @Override
    protected Object key(Organisation row) {
        return row.getId();
    }
}
