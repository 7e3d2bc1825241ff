-- Personal tokens an integrator's script sends as "Authorization: Bearer cmq_<prefix>_<secret>". The prefix finds the
-- row; only the SHA-256 of the whole token is kept. A token acts with its owner's grants, never more.
create table api_token (
    id              bigint generated always as identity primary key,
    user_account_id bigint      not null references user_account (id) on delete cascade,
    name            text        not null,
    prefix          text        not null,
    token_hash      bytea       not null,
    read_only       boolean     not null,
    created_at      timestamptz not null,
    expires_on      date        not null,
    last_used_at    timestamptz,
    revoked_at      timestamptz,
    constraint api_token_name_ck check (length(name) between 1 and 80)
);
create unique index api_token_prefix_uk on api_token (prefix);
create index api_token_account_idx on api_token (user_account_id, created_at desc);
