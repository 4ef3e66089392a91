-- An outcome indicator may belong to one partner programme of its grant; without one it is the whole grant's.
alter table outcome_indicator add column partner_programme_id bigint references partner_programme (id);
