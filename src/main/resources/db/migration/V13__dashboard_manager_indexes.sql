-- A manager's dashboard lists start from their own grants and take each grant's first few milestones from an index
-- alone, so that their cost follows the manager's grants rather than the portfolio: the index carries the id that
-- breaks ties in the lists' order. "Recently done" gets its own; the open one replaces V12's (grant_id, due_date),
-- which still serves the totals.
create index milestone_grant_done_idx on milestone (grant_id, completed_on desc, id desc) where status = 'DONE';
drop index milestone_open_idx;
create index milestone_open_idx on milestone (grant_id, due_date, id) where status <> 'DONE';
