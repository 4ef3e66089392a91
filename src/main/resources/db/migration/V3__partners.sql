-- Partner programmes under a grant, their periodic updates (every revision kept) and evidence files.

create table partner_programme (
    id              bigserial primary key,
    version         integer      not null default 0,
    grant_id        bigint       not null references grant_award (id),
    organisation_id bigint       not null references organisation (id),
    name            varchar(200) not null,
    description     text,
    created_at      timestamptz  not null,
    unique (grant_id, name)
);
create index partner_programme_organisation_idx on partner_programme (organisation_id);

create table partner_update (
    id                bigserial primary key,
    version           integer      not null default 0,
    programme_id      bigint       not null references partner_programme (id),
    period_id         bigint       not null references reporting_period (id),
    revision          integer      not null check (revision >= 1),
    status            varchar(20)  not null check (status in ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED')),
    story             text,
    community         text,
    difference_made   text,
    learning          text,
    changes_and_plans text,
    feedback          text,
    created_by        varchar(100) not null,
    created_at        timestamptz  not null,
    submitted_by      varchar(100),
    submitted_at      timestamptz,
    reviewed_by       varchar(100),
    reviewed_at       timestamptz,
    unique (programme_id, period_id, revision)
);
create index partner_update_period_idx on partner_update (period_id, programme_id, revision desc);

create table evidence_file (
    id           bigserial primary key,
    update_id    bigint       not null references partner_update (id),
    file_name    varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null check (size_bytes > 0),
    sha256       char(64)     not null,
    storage_key  varchar(100) not null,
    uploaded_by  varchar(100) not null,
    uploaded_at  timestamptz  not null
);
create index evidence_file_update_idx on evidence_file (update_id);
