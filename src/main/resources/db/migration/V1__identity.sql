-- Accounts, their roles with the scope each role applies to, and the audit trail of sign-ins and writes.

create table user_account (
    id            bigint generated always as identity primary key,
    email         text        not null,
    display_name  text        not null,
    password_hash text        not null,
    enabled       boolean     not null default true,
    created_at    timestamptz not null default now(),
    version       bigint      not null default 0
);
create unique index user_account_email_uk on user_account (lower(email));

-- A role holds on one scope: the whole country, a région, an académie, a campus, an organisation,
-- or (experts) the dossiers assigned to the account.
create table role_assignment (
    id              bigint generated always as identity primary key,
    user_account_id bigint not null references user_account (id) on delete cascade,
    role            text   not null,
    campus_id       bigint,
    academie_code   text,
    region_code     text,
    organisation_id bigint,
    constraint role_assignment_role_ck check (role in ('ADMIN_NATIONAL', 'PILOTE_REGIONAL', 'PILOTE_ACADEMIQUE',
        'DIRECTEUR_OPERATIONNEL', 'CHEF_ETABLISSEMENT_SUPPORT', 'MEMBER_CONTACT', 'EXPERT')),
    constraint role_assignment_scope_ck check (
        (role in ('ADMIN_NATIONAL', 'EXPERT')
            and num_nonnulls(campus_id, academie_code, region_code, organisation_id) = 0)
        or (role = 'PILOTE_REGIONAL' and region_code is not null
            and num_nonnulls(campus_id, academie_code, organisation_id) = 0)
        or (role = 'PILOTE_ACADEMIQUE' and academie_code is not null
            and num_nonnulls(campus_id, region_code, organisation_id) = 0)
        or (role in ('DIRECTEUR_OPERATIONNEL', 'CHEF_ETABLISSEMENT_SUPPORT') and campus_id is not null
            and num_nonnulls(academie_code, region_code, organisation_id) = 0)
        or (role = 'MEMBER_CONTACT' and campus_id is not null and organisation_id is not null
            and num_nonnulls(academie_code, region_code) = 0))
);
create index role_assignment_user_idx on role_assignment (user_account_id);
create index role_assignment_campus_idx on role_assignment (campus_id) where campus_id is not null;

create table audit_event (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz not null default now(),
    actor          text        not null,
    action         text        not null,
    entity_type    text,
    entity_id      text,
    details        jsonb,
    remote_address text
);
create index audit_event_entity_idx on audit_event (entity_type, entity_id, occurred_at desc);
create index audit_event_actor_idx on audit_event (actor, occurred_at desc);
create index audit_event_occurred_idx on audit_event (occurred_at desc);
