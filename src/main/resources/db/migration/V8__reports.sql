-- Progress reports: staff's narrative per grant and period, immutable generated versions and their files, and the
-- co-funders a grant's reports are published to besides its fund's funder.

create table report_narrative (
    id                bigserial primary key,
    version           integer      not null default 0,
    grant_id          bigint       not null references grant_award (id),
    period_id         bigint       not null references reporting_period (id),
    story             text,
    community         text,
    difference_made   text,
    learning          text,
    changes_and_plans text,
    updated_by        varchar(100) not null,
    updated_at        timestamptz  not null,
    unique (grant_id, period_id)
);

create table progress_report (
    id                bigserial primary key,
    version           integer      not null default 0,
    grant_id          bigint       not null references grant_award (id),
    period_id         bigint       not null references reporting_period (id),
    report_version    integer      not null check (report_version >= 1),
    template_version  varchar(50)  not null,
    as_of             date         not null,
    story             text,
    community         text,
    difference_made   text,
    learning          text,
    changes_and_plans text,
    generated_by      varchar(100) not null,
    generated_at      timestamptz  not null,
    published_by      varchar(100),
    published_at      timestamptz,
    unique (grant_id, period_id, report_version)
);
create index progress_report_published_idx on progress_report (grant_id) where published_at is not null;

create table progress_report_file (
    id            bigserial primary key,
    report_id     bigint       not null references progress_report (id),
    format        varchar(10)  not null check (format in ('PDF', 'CSV', 'XLSX')),
    relative_path varchar(500) not null unique,
    size_bytes    bigint       not null check (size_bytes > 0),
    sha256        char(64)     not null,
    unique (report_id, format)
);

create table grant_co_funder (
    id         bigserial primary key,
    version    integer      not null default 0,
    grant_id   bigint       not null references grant_award (id),
    funder_id  bigint       not null references organisation (id),
    added_by   varchar(100) not null,
    added_at   timestamptz  not null,
    unique (grant_id, funder_id)
);
create index grant_co_funder_funder_idx on grant_co_funder (funder_id);
