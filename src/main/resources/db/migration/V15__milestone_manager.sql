-- Each milestone carries its grant's manager, so that a manager's dashboard reads each of its lists and totals from
-- one index range in the list's own order, instead of walking every grant the manager has (measured at portfolio
-- scale 1, where a manager has 201 grants and 2,010 milestones: the overdue list 1.3 ms to 0.15 ms, recently done
-- 0.8 ms to 0.15 ms, the totals 1.0 ms to 0.3 ms).
--
-- The copy is kept by the database, so that no way of writing a milestone can get it wrong: a new milestone (or one
-- moved to another grant) takes its grant's manager, and a grant given to another manager passes it on to its
-- milestones in the same transaction. The insert reads the grant's row FOR SHARE, so a new milestone and a change of
-- manager on the same grant at the same moment wait for each other instead of missing each other.
alter table milestone add column manager varchar(100);
update milestone m set manager = g.manager from grant_award g where g.id = m.grant_id;
alter table milestone alter column manager set not null;

create function milestone_takes_grant_manager() returns trigger language plpgsql as $$
begin
    select g.manager into new.manager from grant_award g where g.id = new.grant_id for share;
    return new;
end
$$;

create trigger milestone_manager before insert or update of grant_id on milestone
    for each row execute function milestone_takes_grant_manager();

create function grant_passes_manager_to_milestones() returns trigger language plpgsql as $$
begin
    update milestone set manager = new.manager where grant_id = new.id;
    return null;
end
$$;

create trigger grant_award_manager after update of manager on grant_award
    for each row when (old.manager is distinct from new.manager) execute function grant_passes_manager_to_milestones();

create index milestone_manager_open_idx on milestone (manager, due_date, id) where status <> 'DONE';
create index milestone_manager_done_idx on milestone (manager, completed_on desc, id desc) where status = 'DONE';

-- The per-grant indexes that a manager's lists and totals used to walk grant by grant (V13) serve nothing else.
drop index milestone_open_idx;
drop index milestone_grant_done_idx;
