package org.firstmile.identity.view;

import java.util.Map;
import java.util.Optional;
import org.firstmile.identity.model.Role;
import org.firstmile.identity.service.UserQuery;
import org.firstmile.identity.service.UserRow;
import org.firstmile.platform.faces.LazyQueryPages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/** Feeds the users table one page at a time: a count and a page query, however many users. */
public class UserLazyModel extends LazyQueryPages<UserRow, UserQuery> {

    private static final long serialVersionUID = 1L;

    UserLazyModel(Count<UserQuery> count, Page<UserRow, UserQuery> page) {
        super(count, page);
    }

    @Override
    protected UserQuery query(Map<String, FilterMeta> filterBy, Map<String, SortMeta> sortBy) {
        Optional<SortMeta> sort = sort(sortBy);
        return new UserQuery(text(filterBy, "username"), text(filterBy, "displayName"),
                text(filterBy, "organisationName"), choice(filterBy, "roles", Role.class),
                sort.map(SortMeta::getField).orElse("username"), sort.map(LazyQueryPages::ascending).orElse(true));
    }

    @Override
    protected Object key(UserRow row) {
        return row.id();
    }
}
