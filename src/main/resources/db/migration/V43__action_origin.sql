-- An action another module asked for (a recommendation of an external evaluation) keeps where it comes from: a key
-- that makes the request count once, and the page it links back to.
alter table campus_action add column origin text, add column origin_path text;
comment on column campus_action.origin is 'The request an action comes from, as its module names it (evaluation-recommendation:12); null when typed in the plan.';
create unique index campus_action_origin_uq on campus_action (campus_id, origin) where origin is not null;
