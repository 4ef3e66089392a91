-- Scheduled jobs (report schedules and their runs, exactly once across instances), reminders and the mail outbox.

-- What an administrator schedules: one row per kind of job, seeded below, edited on the schedules page.
create table report_schedule (
    id           bigserial primary key,
    version      integer      not null default 0,
    kind         varchar(20)  not null unique check (kind in ('DIGEST', 'DRAFT', 'REMINDERS')),
    enabled      boolean      not null default true,
    day_of_month integer      check (day_of_month between 1 and 28),
    days_before  integer      check (days_before between 0 and 365),
    time_of_day  time         not null,
    updated_by   varchar(100),
    updated_at   timestamptz
);

insert into report_schedule (kind, enabled, day_of_month, days_before, time_of_day) values
    ('DIGEST', true, 1, null, '07:00'),
    ('DRAFT', true, null, 30, '06:00'),
    ('REMINDERS', true, null, null, '08:00');

-- One row per run of a job for one slot (digest:2026-12, draft:<grant>:<period>, reminders:2026-11-23). The unique
-- key is what makes a slot run once however many instances share the database; owner and heartbeat let another
-- instance take over a run whose instance died.
create table job_run (
    id            bigserial primary key,
    version       integer      not null default 0,
    job           varchar(50)  not null,
    slot          varchar(200) not null,
    status        varchar(20)  not null check (status in ('RUNNING', 'COMPLETED', 'FAILED')),
    owner         varchar(200) not null,
    heartbeat_at  timestamptz  not null,
    attempts      integer      not null default 1 check (attempts >= 1),
    started_at    timestamptz  not null,
    finished_at   timestamptz,
    error_message text,
    unique (job, slot)
);
create index job_run_started_idx on job_run (started_at desc, id desc);
create index job_run_running_idx on job_run (heartbeat_at) where status = 'RUNNING';

-- What a person is told in the application: one row per person and reminder key, so nothing is said twice.
create table notification (
    id          bigserial primary key,
    version     integer      not null default 0,
    recipient   varchar(100) not null,
    item_key    varchar(200) not null,
    subject     varchar(300) not null,
    body        text         not null,
    link        varchar(500),
    created_at  timestamptz  not null,
    read_at     timestamptz,
    unique (recipient, item_key)
);
create index notification_recipient_idx on notification (recipient, created_at desc, id desc);
create index notification_unread_idx on notification (recipient) where read_at is null;

-- The e-mail of each notification whose person has an address: sent through SMTP when a mail server is configured,
-- otherwise kept here for an administrator to read.
create table outbox_message (
    id              bigserial primary key,
    version         integer      not null default 0,
    notification_id bigint       not null unique references notification (id),
    to_address      varchar(254) not null,
    subject         varchar(300) not null,
    body            text         not null,
    status          varchar(20)  not null check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        integer      not null default 0,
    created_at      timestamptz  not null,
    sent_at         timestamptz,
    last_error      text
);
create index outbox_message_created_idx on outbox_message (created_at desc, id desc);
create index outbox_message_pending_idx on outbox_message (id) where status = 'PENDING';
