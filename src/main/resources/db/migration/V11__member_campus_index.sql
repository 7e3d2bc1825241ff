-- A campus's page and API read all its members, former ones included: the partial index (active members only) could
-- not serve them, and every read of a campus scanned the whole member table.
drop index campus_member_campus_idx;
create index campus_member_campus_idx on campus_member (campus_id);
