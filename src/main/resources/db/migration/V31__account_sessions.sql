-- The sessions open on an account, so that its holder sees them and closes those it does not recognise. A session
-- is known by a random mark kept in it (never its id); it is forgotten when it ends.
create table account_session (
    id              bigint generated always as identity primary key,
    user_account_id bigint      not null references user_account (id) on delete cascade,
    mark            text        not null,
    opened_at       timestamptz not null,
    user_agent      text,
    address         text,
    closed_at       timestamptz
);
create unique index account_session_mark_uk on account_session (mark);
create index account_session_account_idx on account_session (user_account_id, opened_at desc);
