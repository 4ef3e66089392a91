-- Audit trail: who did what to which record, when, with the fields before and after.
create table audit_event (
    id          bigserial primary key,
    occurred_at timestamptz  not null,
    actor       varchar(100) not null,
    entity_type varchar(50)  not null,
    entity_id   bigint       not null,
    grant_id    bigint,
    action      varchar(30)  not null,
    summary     varchar(300) not null,
    changes     text         not null
);
create index audit_event_time_idx on audit_event (occurred_at desc, id desc);
create index audit_event_entity_idx on audit_event (entity_type, entity_id, occurred_at desc);
create index audit_event_grant_idx on audit_event (grant_id, occurred_at desc) where grant_id is not null;
create index audit_event_actor_idx on audit_event (actor, occurred_at desc);
