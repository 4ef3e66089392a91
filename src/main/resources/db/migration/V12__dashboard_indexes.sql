-- The dashboard's lists and totals in time that does not grow with the portfolio:
-- "recently done" walks done milestones newest first instead of sorting them all;
-- the overdue and due-soon totals read open milestones from an index alone.
create index milestone_done_idx on milestone (completed_on desc, id desc) where status = 'DONE';
create index milestone_open_idx on milestone (grant_id, due_date) where status <> 'DONE';
