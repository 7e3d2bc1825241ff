-- 100 formations for each campus of bench/campus-data.sql (100,000 with 1,000 campuses), taught by its members, which
-- get coordinates across metropolitan France for the distance search. Run after campus-data.sql:
--   psql -v ON_ERROR_STOP=1 -f bench/formation-data.sql
\set formations_per_campus 100

-- A place for every member, spread over the country (bench data only: the platform takes them from the annuaire).
update campus_member
set latitude = 42.6 + (hashtext('lat' || id) & 65535) / 65535.0 * 8.3,
    longitude = -4.4 + (hashtext('lon' || id) & 65535) / 65535.0 * 12.2;

with kinds as (select * from (values
        (1, 'CAP', 3), (2, 'Bac pro', 4), (3, 'BTS', 5), (4, 'BUT', 6), (5, 'Licence pro', 6), (6, 'Master', 7),
        (7, 'Titre professionnel', 4), (8, 'Mention complémentaire', 3), (9, 'Titre d''ingénieur', 7),
        (10, 'Doctorat', 8)) as k (n, label, level)),
     vocab as (select array['maintenance des systèmes', 'soudure et chaudronnerie', 'cuisine', 'logistique',
        'cybersécurité', 'électrotechnique', 'menuiserie', 'plasturgie', 'aéronautique', 'énergies renouvelables',
        'conduite de machines', 'boulangerie', 'commerce international', 'aide à la personne', 'robotique',
        'génie climatique', 'restauration du patrimoine', 'développement web', 'agroalimentaire',
        'maintenance des véhicules'] as subjects,
                      array['option A', 'option B', 'production', 'installation', 'réseaux', 'qualité',
        'industrie du futur', 'bâtiment', 'services', 'conception'] as options),
     members as (select m.id, m.campus_id, row_number() over (partition by m.campus_id order by m.id) as n,
                        count(*) over (partition by m.campus_id) as total
                 from campus_member m),
     slots as (select c.id as campus_id, g as i from campus c, generate_series(1, :formations_per_campus) g)
insert into formation (campus_id, member_id, title, type_label, level, scolaire, scolaire_capacity, apprentissage,
                       apprentissage_capacity, formation_continue, vae, duration, start_dates, admission, accessible,
                       description)
select s.campus_id, m.id,
       k.label || ' ' || v.subjects[1 + (s.campus_id * 7 + s.i) % 20] || ' ' || v.options[1 + (s.campus_id + s.i * 3) % 10],
       k.label, k.level,
       s.i % 3 <> 0, 12 + s.i % 20, s.i % 2 = 0, 8 + s.i % 10, s.i % 5 = 0, s.i % 7 = 0,
       case when k.level <= 4 then '2 ans' else '3 ans' end, 'Septembre',
       case when k.level <= 4 then 'AFFELNET' when k.level <= 6 then 'PARCOURSUP' else 'DIRECT' end,
       s.i % 4 <> 0,
       'Formation en ' || v.subjects[1 + (s.campus_id * 7 + s.i) % 20] || ', avec des périodes en entreprise.'
from slots s
cross join vocab v
join kinds k on k.n = 1 + (s.campus_id + s.i) % 10
join members m on m.campus_id = s.campus_id and m.n = 1 + s.i % m.total;

analyze formation;
analyze campus_member;
