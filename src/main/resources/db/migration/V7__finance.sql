-- Finance of a grant: budget lines per reporting period and category, expenditure (with an optional receipt file
-- kept outside the web root, like partner evidence), payments received from the funder, and the written
-- explanations of variances over the threshold. Every mutable table has a version for optimistic locking.

create table budget_line (
    id          bigserial primary key,
    version     integer        not null default 0,
    grant_id    bigint         not null references grant_award (id),
    period_id   bigint         not null references reporting_period (id),
    category    varchar(30)    not null,
    description varchar(200)   not null,
    amount      numeric(14, 2) not null check (amount >= 0),
    created_at  timestamptz    not null,
    -- one line per category and period, so that spend in a category compares with exactly one budget
    unique (period_id, category)
);
create index budget_line_grant_idx on budget_line (grant_id);

create table expenditure (
    id                   bigserial primary key,
    version              integer        not null default 0,
    grant_id             bigint         not null references grant_award (id),
    period_id            bigint         not null references reporting_period (id),
    spent_on             date           not null,
    amount               numeric(14, 2) not null check (amount > 0),
    category             varchar(30)    not null,
    description          varchar(500)   not null,
    receipt_file_name    varchar(255),
    receipt_content_type varchar(100),
    receipt_size_bytes   bigint,
    receipt_sha256       varchar(64),
    receipt_storage_key  varchar(100),
    recorded_by          varchar(100)   not null,
    recorded_at          timestamptz    not null
);
create index expenditure_period_idx on expenditure (period_id, spent_on desc, id desc);
create index expenditure_grant_idx on expenditure (grant_id);

create table funder_payment (
    id          bigserial primary key,
    version     integer        not null default 0,
    grant_id    bigint         not null references grant_award (id),
    received_on date           not null,
    amount      numeric(14, 2) not null check (amount > 0),
    reference   varchar(100)   not null,
    recorded_by varchar(100)   not null,
    recorded_at timestamptz    not null
);
create index funder_payment_grant_idx on funder_payment (grant_id, received_on);

create table variance_explanation (
    id          bigserial primary key,
    version     integer      not null default 0,
    grant_id    bigint       not null references grant_award (id),
    period_id   bigint       not null references reporting_period (id),
    category    varchar(30)  not null,
    explanation text         not null,
    written_by  varchar(100) not null,
    written_at  timestamptz  not null,
    unique (period_id, category)
);
