package org.firstmile.identity.view;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.firstmile.identity.model.Role;
import org.firstmile.identity.service.UserAdminService;
import org.firstmile.identity.service.UserQuery;
import org.firstmile.identity.service.UserRow;
import org.firstmile.platform.faces.LazyQueryPages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/** Feeds the users table one page at a time: a count and a page query, however many users. */
public class UserLazyModel extends LazyQueryPages<UserRow, UserQuery> {

    private static final long serialVersionUID = 1L;

    private final transient UserAdminService users;

    UserLazyModel(UserAdminService users) {
        this.users = users;
    }

    @Override
    protected UserQuery query(Map<String, FilterMeta> filterBy, Map<String, SortMeta> sortBy) {
        Optional<SortMeta> sort = sort(sortBy);
        return new UserQuery(text(filterBy, "username"), text(filterBy, "displayName"),
                text(filterBy, "organisationName"), choice(filterBy, "roles", Role.class),
                sort.map(SortMeta::getField).orElse("username"), sort.map(LazyQueryPages::ascending).orElse(true));
    }

    @Override
    protected long count(UserQuery query) {
        return users.count(query);
    }

    @Override
    protected List<UserRow> page(UserQuery query, int first, int size) {
        return users.page(query, first, size);
    }

    @Override
    protected Object key(UserRow row) {
        return row.id();
    }
}
