-- The e-mails sent about a dossier, one row per person and occasion (a step of its lifecycle, a reminder): the key
-- lets a retried sending skip who already received it. How it left the platform: SENT to the mail server, or LOGGED
-- when no mail server is configured.
drop table dossier_notification;
create table dossier_notification (
    id         bigint generated always as identity primary key,
    dossier_id bigint      not null references dossier (id) on delete cascade,
    occasion   text        not null,
    recipient  text        not null,
    name       text        not null,
    subject    text        not null,
    delivery   text        not null,
    sent_at    timestamptz not null default now(),
    constraint dossier_notification_once_uk unique (dossier_id, occasion, recipient),
    constraint dossier_notification_delivery_ck check (delivery in ('SENT', 'LOGGED'))
);
create index dossier_notification_dossier_idx on dossier_notification (dossier_id, sent_at);
