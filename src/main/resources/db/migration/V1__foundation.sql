-- FirstMile foundation schema: organisations, funds, users, proposals, grants, reporting periods, milestones.
-- Every mutable table carries a version column for optimistic locking.

create table organisation (
    id          bigserial primary key,
    version     integer      not null default 0,
    name        varchar(200) not null,
    org_id      varchar(100) not null unique,
    type        varchar(20)  not null check (type in ('FUNDER', 'GRANTEE', 'PARTNER')),
    created_at  timestamptz  not null default now()
);

create table fund (
    id          bigserial primary key,
    version     integer      not null default 0,
    funder_id   bigint       not null references organisation (id),
    code        varchar(50)  not null unique,
    title       varchar(200) not null,
    url         varchar(500)
);

create table app_user (
    id              bigserial primary key,
    version         integer      not null default 0,
    username        varchar(100) not null unique,
    display_name    varchar(200) not null,
    email           varchar(254),
    password_hash   varchar(500) not null,
    enabled         boolean      not null default true,
    organisation_id bigint references organisation (id),
    created_at      timestamptz  not null default now()
);

create table app_user_role (
    user_id bigint      not null references app_user (id) on delete cascade,
    role    varchar(20) not null check (role in ('ADMIN', 'STAFF', 'FUNDER', 'PARTNER')),
    primary key (user_id, role)
);

create table proposal (
    id               bigserial primary key,
    version          integer       not null default 0,
    title            varchar(200)  not null,
    applicant_id     bigint        not null references organisation (id),
    fund_id          bigint        not null references fund (id),
    status           varchar(30)   not null,
    amount_requested numeric(14, 2) not null check (amount_requested >= 0),
    currency         char(3)       not null default 'GBP',
    duration_months  integer       not null check (duration_months between 1 and 120),
    summary          text,
    planned_start    date,
    public_flag      boolean       not null default false,
    created_by       varchar(100)  not null,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null
);
create index proposal_status_idx on proposal (status);
create index proposal_updated_idx on proposal (updated_at desc, id desc);

create table proposal_status_change (
    id          bigserial primary key,
    proposal_id bigint       not null references proposal (id) on delete cascade,
    from_status varchar(30),
    to_status   varchar(30)  not null,
    changed_by  varchar(100) not null,
    changed_at  timestamptz  not null,
    comment     text
);
create index proposal_status_change_proposal_idx on proposal_status_change (proposal_id, changed_at);

create sequence grant_number_seq start with 1;

create table grant_award (
    id             bigserial primary key,
    version        integer       not null default 0,
    identifier     varchar(100)  not null unique,
    proposal_id    bigint        not null unique references proposal (id),
    title          varchar(200)  not null,
    recipient_id   bigint        not null references organisation (id),
    fund_id        bigint        not null references fund (id),
    amount_awarded numeric(14, 2) not null check (amount_awarded >= 0),
    currency       char(3)       not null default 'GBP',
    award_date     date          not null,
    planned_start  date          not null,
    planned_end    date          not null,
    manager        varchar(100)  not null,
    created_at     timestamptz   not null,
    check (planned_end >= planned_start)
);
create index grant_award_manager_idx on grant_award (manager);

create table reporting_period (
    id              bigserial primary key,
    version         integer      not null default 0,
    grant_id        bigint       not null references grant_award (id) on delete cascade,
    sequence_no     integer      not null,
    name            varchar(100) not null,
    start_date      date         not null,
    end_date        date         not null,
    report_due_date date         not null,
    unique (grant_id, sequence_no)
);

create table milestone (
    id            bigserial primary key,
    version       integer      not null default 0,
    grant_id      bigint       not null references grant_award (id) on delete cascade,
    title         varchar(200) not null,
    description   text,
    due_date      date         not null,
    owner         varchar(200),
    status        varchar(20)  not null check (status in ('PLANNED', 'IN_PROGRESS', 'AT_RISK', 'DONE', 'MISSED', 'DEFERRED')),
    completed_on  date,
    evidence_url  varchar(500),
    note          text
);
create index milestone_grant_idx on milestone (grant_id, due_date);
create index milestone_due_idx on milestone (due_date) where status <> 'DONE';

create table milestone_update (
    id           bigserial primary key,
    milestone_id bigint       not null references milestone (id) on delete cascade,
    author       varchar(100) not null,
    changed_at   timestamptz  not null,
    from_status  varchar(20),
    to_status    varchar(20)  not null,
    note         text,
    changes      text
);
create index milestone_update_milestone_idx on milestone_update (milestone_id, changed_at);
