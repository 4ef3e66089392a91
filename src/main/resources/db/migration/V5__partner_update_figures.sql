-- The figures a partner reports for the grant's outcome indicators in one revision of an update.
create table partner_update_figure (
    id           bigserial primary key,
    update_id    bigint        not null references partner_update (id),
    indicator_id bigint        not null references outcome_indicator (id),
    value        numeric(14, 2) not null check (value >= 0),
    unique (update_id, indicator_id)
);
