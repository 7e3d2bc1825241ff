-- Failed sign-ins counted over a window, by account, by address and by the pair: one count for every instance of the
-- platform, so that spreading attempts over several instances gains an attacker nothing.
create table sign_in_failure (
    key      text        primary key,
    since    timestamptz not null,
    failures integer     not null check (failures > 0)
);
create index sign_in_failure_since_idx on sign_in_failure (since);
