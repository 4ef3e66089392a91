-- Fills a FirstMile database (already migrated, demo data loaded) with a portfolio at scale, in bulk.
-- psql variable :scale (1 = 20,000 grants, 200,000 milestones, 100,000 partner updates, 1,000,000 audit events).
-- Run by scripts/bench/generate.sh; idempotent only on a fresh database (it refuses a second run).
\set ON_ERROR_STOP on
\timing off

select (20000 * :scale)::int as grants \gset
select greatest(:grants / 4, 1) as recipients \gset

do $$ begin
    if exists (select 1 from organisation where org_id = 'GB-BENCH-00000001') then
        raise exception 'This database already holds generated data; start from a fresh one.';
    end if;
end $$;

begin;
set local synchronous_commit = off;

-- Funders and funds: the demo funder (GB-GOR-PB188) funds a quarter of the portfolio, so the funder pages see scale.
insert into organisation (name, org_id, type, created_at)
select 'Bench funder ' || n, 'GB-BENCH-F' || lpad(n::text, 4, '0'), 'FUNDER', now()
from generate_series(1, 3) n;

insert into fund (funder_id, code, title)
select o.id, 'BENCH-' || o.org_id, 'Bench fund of ' || o.name from organisation o where o.org_id like 'GB-BENCH-F%';
insert into fund (funder_id, code, title)
select o.id, 'BENCH-NLCF', 'Bench fund of the National Lottery Community Fund'
from organisation o where o.org_id = 'GB-GOR-PB188';

create temporary table bench_fund on commit drop as
select row_number() over (order by id) - 1 as slot, id from fund where code like 'BENCH-%';

insert into organisation (name, org_id, type, created_at)
select 'Bench community group ' || n, 'GB-BENCH-' || lpad(n::text, 8, '0'), 'GRANTEE', now()
from generate_series(1, :recipients) n;

create temporary table bench_org on commit drop as
select row_number() over (order by id) - 1 as slot, id from organisation where org_id like 'GB-BENCH-0%';

-- One awarded proposal per grant.
insert into proposal (title, applicant_id, fund_id, status, amount_requested, currency, duration_months, summary,
                      planned_start, public_flag, created_by, created_at, updated_at)
select 'Bench project ' || n, o.id, f.id, 'AWARDED', 10000 + (n % 90) * 1000, 'GBP', 24,
       'A generated project that brings neighbours together, number ' || n,
       current_date - (n % 700), n % 10 = 0, 'staff', now() - make_interval(days => n % 900),
       now() - make_interval(secs => n)
from generate_series(1, :grants) n
join bench_org o on o.slot = n % :recipients
join bench_fund f on f.slot = n % 4;

insert into grant_award (identifier, proposal_id, title, recipient_id, fund_id, amount_awarded, currency, award_date,
                         planned_start, planned_end, manager, created_at)
select '360G-bench-' || p.id, p.id, p.title, p.applicant_id, p.fund_id, p.amount_requested, 'GBP',
       p.planned_start - 30, p.planned_start, p.planned_start + 729,
       case when p.id % 100 = 0 then 'staff' else 'bench-manager-' || (p.id % 50) end, p.created_at
from proposal p where p.title like 'Bench project %';

insert into proposal_status_change (proposal_id, from_status, to_status, changed_by, changed_at, comment)
select p.id, 'UNDER_REVIEW', 'AWARDED', 'staff', p.updated_at, 'Generated award'
from proposal p where p.title like 'Bench project %';

insert into reporting_period (grant_id, sequence_no, name, start_date, end_date, report_due_date)
select g.id, s, case s when 1 then 'Year one' else 'Year two' end,
       g.planned_start + (s - 1) * 365, g.planned_start + s * 365 - 1, g.planned_start + s * 365 + 29
from grant_award g, generate_series(1, 2) s
where g.identifier like '360G-bench-%';

-- Ten milestones per grant, spread over the two years, in every status.
insert into milestone (grant_id, title, description, due_date, owner, status, completed_on, note)
select g.id, 'Milestone ' || m || ' of ' || g.title, 'Generated milestone', g.planned_start + m * 70,
       'Project lead',
       (array['PLANNED', 'IN_PROGRESS', 'AT_RISK', 'DONE', 'DONE', 'MISSED', 'DEFERRED', 'PLANNED', 'DONE', 'IN_PROGRESS'])[m],
       case when m in (4, 5, 9) then g.planned_start + m * 70 - 3 end, null
from grant_award g, generate_series(1, 10) m
where g.identifier like '360G-bench-%';

insert into milestone_update (milestone_id, author, changed_at, from_status, to_status, note, changes)
select ms.id, 'staff', now() - make_interval(days => (ms.id % 300)::int), 'PLANNED', ms.status, 'Generated update', ''
from milestone ms join grant_award g on g.id = ms.grant_id
where g.identifier like '360G-bench-%' and ms.status <> 'PLANNED';

-- One partner programme for every other grant, run by the demo partner organisation for 1 in 100, so the partner
-- portal sees scale too; five revisions per programme and period: 100,000 updates at scale 1.
insert into partner_programme (grant_id, organisation_id, name, description, created_at)
select g.id,
       case when g.id % 100 = 0 then (select id from organisation where org_id = 'GB-SAMPLE-ROOTS')
            else g.recipient_id end,
       'Bench programme of ' || g.title, 'Generated programme', g.created_at
from grant_award g
where g.identifier like '360G-bench-%' and g.id % 2 = 0;

insert into partner_update (programme_id, period_id, revision, status, story, community, difference_made, learning,
                            changes_and_plans, feedback, created_by, created_at, submitted_by, submitted_at,
                            reviewed_by, reviewed_at)
select pp.id, rp.id, r, case when r < 5 then 'RETURNED' else 'ACCEPTED' end,
       'Generated story ' || r, 'Neighbours of all ages', 'People met who had not met before', 'Start small',
       'No changes', case when r < 5 then 'Please add the figures' end,
       'partner', rp.start_date + 300, 'partner', rp.start_date + 300 + r, 'staff', rp.start_date + 301 + r
from partner_programme pp
join reporting_period rp on rp.grant_id = pp.grant_id
cross join generate_series(1, 5) r
where pp.name like 'Bench programme of %';

-- Outcome indicators with targets and actuals: two per grant.
insert into outcome_indicator (grant_id, name, unit, description, created_at)
select g.id, i.name, i.unit, 'Generated indicator', g.created_at
from grant_award g
cross join (values ('People brought together', 'people'), ('Sessions held', 'sessions')) i(name, unit)
where g.identifier like '360G-bench-%';

insert into outcome_target (indicator_id, period_id, target)
select oi.id, rp.id, 100 + rp.sequence_no * 50
from outcome_indicator oi join reporting_period rp on rp.grant_id = oi.grant_id
join grant_award g on g.id = oi.grant_id
where g.identifier like '360G-bench-%';

insert into outcome_actual (indicator_id, period_id, value, source, note, recorded_by, recorded_at)
select oi.id, rp.id, 60 + (oi.id % 90), 'STAFF', null, 'staff', now()
from outcome_indicator oi join reporting_period rp on rp.grant_id = oi.grant_id
join grant_award g on g.id = oi.grant_id
where g.identifier like '360G-bench-%';

-- Fifty audit events per grant: 1,000,000 at scale 1.
insert into audit_event (occurred_at, actor, entity_type, entity_id, grant_id, action, summary, changes)
select now() - make_interval(mins => (g.id * 50 + e)::int % 525600), 'staff',
       case when e % 5 = 0 then 'Grant' else 'Milestone' end, g.id, g.id,
       case when e % 3 = 0 then 'CREATED' else 'CHANGED' end,
       'Generated change ' || e || ' to ' || g.title, '[]'
from grant_award g, generate_series(1, 50) e
where g.identifier like '360G-bench-%';

commit;

-- As autovacuum would have done on a database in use: without it the visibility map is empty, so index-only scans
-- read the table too and the planner prefers bitmap scans (the dashboard's lists took 4 ms instead of 1 ms).
vacuum analyze;

select 'grants' as what, count(*) from grant_award
union all select 'milestones', count(*) from milestone
union all select 'partner updates', count(*) from partner_update
union all select 'audit events', count(*) from audit_event;
