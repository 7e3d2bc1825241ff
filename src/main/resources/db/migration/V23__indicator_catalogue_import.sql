-- The national administrator loads the catalogue of indicators from a file through the import engine; the indicators
-- the platform counts from its own data belong to the platform and exist from the start.

alter table indicator
    add column content_hash text,
    add column imported_at  timestamptz;

insert into indicator (code, label, unit, higher_is_better, method, computed, position) values
    ('MEMBRES', 'Membres du réseau', 'membres', true, 'Compté par la plateforme', 'MEMBRES', 100),
    ('ENTREPRISES_PARTENAIRES', 'Entreprises partenaires', 'entreprises', true, 'Compté par la plateforme',
     'ENTREPRISES', 101),
    ('EVENEMENTS', 'Événements organisés', 'événements', true, 'Compté par la plateforme', 'EVENEMENTS', 102),
    ('PARTICIPANTS', 'Participants aux événements', 'participants', true, 'Compté par la plateforme', 'PARTICIPANTS',
     103),
    ('ACTIONS_TERMINEES', 'Actions du plan terminées', 'actions', true, 'Compté par la plateforme',
     'ACTIONS_TERMINEES', 104)
on conflict (code) do nothing;

comment on table indicator is 'Reference data: the national catalogue of indicators, kept by the national administrator.';
