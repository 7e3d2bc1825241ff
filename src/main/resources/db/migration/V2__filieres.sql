-- The twelve national filières of the Campus des métiers et des qualifications, in their official wording.

create table filiere (
    code  text primary key,
    label text not null unique,
    rank  int  not null unique
);
comment on table filiere is 'Reference data: the national list of filières';

insert into filiere (code, label, rank) values
    ('ALIMENTAIRE', 'Alimentaire, agroalimentaire', 1),
    ('CHIMIE_BIOTECH', 'Chimie et biotechnologies', 2),
    ('CREATION_DESIGN', 'Création, design, audiovisuel', 3),
    ('BATIMENT', 'Infrastructures, bâtiment, éco-construction', 4),
    ('MATERIAUX', 'Matériaux, matériaux innovants', 5),
    ('MOBILITE', 'Mobilité, aéronautique, transports terrestres et maritimes', 6),
    ('NUMERIQUE', 'Numérique, télécommunications', 7),
    ('SERVICES_PERSONNE', 'Services à la personne, bien-être', 8),
    ('SERVICES_ENTREPRISES', 'Services aux entreprises, logistique', 9),
    ('SYSTEMES_INNOVANTS', 'Systèmes innovants, mécatronique', 10),
    ('TOURISME', 'Tourisme, gastronomie', 11),
    ('TRANSITION_ENERGETIQUE', 'Transition énergétique, éco-industrie', 12);
