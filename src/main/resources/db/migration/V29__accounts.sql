-- Accounts opened by invitation: no password until the person sets one from the link it received.
alter table user_account alter column password_hash drop not null;
alter table user_account add column invited_at timestamptz;
alter table user_account add column invited_by text;
alter table user_account add column last_sign_in_at timestamptz;
alter table user_account add column updated_at timestamptz;
alter table user_account add column updated_by text;
create index user_account_name_idx on user_account (lower(display_name) text_pattern_ops);
create index user_account_last_sign_in_idx on user_account (last_sign_in_at);

-- A grant holds from its first day to the day before it ends: a director whose lettre de mission ends on a day
-- no longer holds the role that day.
alter table role_assignment add column starts_on date not null default current_date;
alter table role_assignment add column ends_on date;
alter table role_assignment add column granted_by text;
alter table role_assignment add constraint role_assignment_period_ck check (ends_on is null or ends_on >= starts_on);
update role_assignment set starts_on = date '2020-01-01';
create index role_assignment_role_idx on role_assignment (role, campus_id);
create index role_assignment_academie_idx on role_assignment (academie_code) where academie_code is not null;
create index role_assignment_region_idx on role_assignment (region_code) where region_code is not null;

-- A link sent by e-mail that opens one act once: setting the password of an invited account, or resetting it.
-- Only the SHA-256 of its secret is kept.
create table one_time_link (
    id              bigint generated always as identity primary key,
    user_account_id bigint      not null references user_account (id) on delete cascade,
    purpose         text        not null,
    occasion        text        not null,
    token_hash      bytea       not null,
    created_at      timestamptz not null default now(),
    expires_at      timestamptz not null,
    sent_at         timestamptz,
    used_at         timestamptz,
    constraint one_time_link_purpose_ck check (purpose in ('INVITATION', 'REINITIALISATION'))
);
create unique index one_time_link_token_uk on one_time_link (token_hash);
create index one_time_link_account_idx on one_time_link (user_account_id, purpose, created_at desc);
