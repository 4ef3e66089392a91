-- The public list shows the published grants newest award first and the published proposals newest first, twenty
-- to a page. With these indexes a page reads its twenty rows in order instead of joining and sorting every published
-- one (measured at portfolio scale 1 with all 20,001 grants and 2,001 proposals published: the grants' first page
-- 60 ms to 2 ms, with the page's ids chosen first page 500 of 1,001 in 5 ms; the proposals' page 9 ms to under 1 ms
-- and their count 5 ms to under 1 ms).
create index grant_award_public_award_idx on grant_award (award_date desc, id desc) where public_flag;
create index proposal_public_created_idx on proposal (created_at desc, id desc) where public_flag;
