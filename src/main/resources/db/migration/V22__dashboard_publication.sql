-- A campus may publish a summary of its tableau de bord on its public page: each indicator's latest value against
-- its target. A row here means it is published.

create table dashboard_publication (
    campus_id    bigint      primary key references campus (id) on delete cascade,
    published_at timestamptz not null default now(),
    published_by text        not null
);
