-- Outcome indicators of a grant: a measure with a unit, a target per reporting period and the actual figures
-- recorded per period. An actual is one figure per indicator, period and source (staff, partner updates), edited in
-- place with optimistic locking; the period's actual is the sum over its sources. V3 belongs to another feature.

create table outcome_indicator (
    id          bigserial primary key,
    version     integer      not null default 0,
    grant_id    bigint       not null references grant_award (id),
    name        varchar(200) not null,
    unit        varchar(50)  not null,
    description text,
    created_at  timestamptz  not null
);
create unique index outcome_indicator_name_idx on outcome_indicator (grant_id, lower(name));

create table outcome_target (
    id           bigserial primary key,
    version      integer        not null default 0,
    indicator_id bigint         not null references outcome_indicator (id) on delete cascade,
    period_id    bigint         not null references reporting_period (id),
    target       numeric(14, 2) not null check (target >= 0),
    unique (indicator_id, period_id)
);

create table outcome_actual (
    id           bigserial primary key,
    version      integer        not null default 0,
    indicator_id bigint         not null references outcome_indicator (id) on delete cascade,
    period_id    bigint         not null references reporting_period (id),
    value        numeric(14, 2) not null check (value >= 0),
    source       varchar(20)    not null check (source in ('STAFF', 'PARTNER_UPDATE')),
    note         text,
    recorded_by  varchar(100)   not null,
    recorded_at  timestamptz    not null,
    unique (indicator_id, period_id, source)
);
create index outcome_actual_period_idx on outcome_actual (period_id);
