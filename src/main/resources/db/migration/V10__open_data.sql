-- Open data: a grant is published in the open (its public page and the public 360Giving export) when its
-- public_flag is set. It starts as the proposal's flag at award; staff change it on the grant page afterwards.
alter table grant_award add column public_flag boolean not null default false;

update grant_award g set public_flag = p.public_flag from proposal p where p.id = g.proposal_id;

-- The public export and the public pages read the public grants only, in identifier order.
create index grant_award_public_idx on grant_award (id) where public_flag;
