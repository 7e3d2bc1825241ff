-- 1,000 campuses with 50 members each (50,000), spread over every filière, région and académie, for the directory
-- benchmark. Run on an empty platform database (demo data off): psql -v ON_ERROR_STOP=1 -f bench/campus-data.sql
\set campuses 1000
\set members_per_campus 50

with vocab as (select array['Énergie', 'Bois', 'Numérique', 'Aéronautique', 'Gastronomie', 'Chimie',
        'Logistique', 'Santé', 'Bâtiment', 'Mécatronique', 'Textile', 'Agroalimentaire', 'Design', 'Maritime',
        'Tourisme', 'Plasturgie', 'Cybersécurité', 'Métiers d''art', 'Hydrogène', 'Forêt'] as words,
                      array['Thionville', 'Épinal', 'Creutzwald', 'Orléans', 'Tours', 'Bourges', 'Lyon',
        'Grenoble', 'Lille', 'Amiens', 'Rennes', 'Brest', 'Nantes', 'Bordeaux', 'Pau', 'Toulouse', 'Montpellier',
        'Marseille', 'Nice', 'Strasbourg', 'Reims', 'Dijon', 'Besançon', 'Rouen', 'Caen', 'Ajaccio', 'Pointe-à-Pitre'] as towns),
     academies as (select a.code, ra.region_code, row_number() over (order by a.code) as n,
                          count(*) over () as total
                   from academie a join region_academique ra on ra.code = a.region_academique_code),
     filieres as (select code, row_number() over (order by rank) as n from filiere),
     numbered as (select g as i from generate_series(1, :campuses) g)
insert into campus (name, filiere_code, category, status, region_code, territory_description, presentation,
                    label_start, label_end, updated_by)
select v.words[1 + (i * 7) % array_length(v.words, 1)] || ' ' || i,
       f.code,
       case when i % 3 = 0 then 'EXCELLENCE' else 'CMQ' end,
       (array['PROJET', 'LABELLISE', 'LABELLISE', 'LABELLISE', 'EN_RENOUVELLEMENT', 'EXPIRE'])[1 + i % 6],
       a.region_code,
       'Bassin de ' || v.towns[1 + (i * 11) % array_length(v.towns, 1)],
       'Le campus forme aux métiers de la filière, du CAP au master, avec les entreprises et les laboratoires du '
           || 'territoire : apprentissage, formation continue, mobilités Erasmus+ et journées découverte dès la 4e.',
       date '2022-09-01', date '2027-08-31', 'benchmark'
from numbered
cross join vocab v
join filieres f on f.n = 1 + i % 12
join academies a on a.n = 1 + i % a.total;

insert into campus_academie (campus_id, academie_code)
select c.id, a.code
from campus c join academie a on a.region_academique_code = c.region_code
where a.code = (select min(x.code) from academie x where x.region_academique_code = c.region_code);

insert into campus_member (campus_id, organisation_type, network_role, name, eple, commune_name, joined_on)
select c.id,
       (array['LYCEE', 'LYCEE_DES_METIERS', 'CFA', 'ENSEIGNEMENT_SUPERIEUR', 'ENTREPRISE', 'ENTREPRISE', 'CLUSTER',
              'ASSOCIATION', 'LABORATOIRE', 'COLLECTIVITE'])[1 + m % 10],
       case when m = 1 then 'TETE_DE_RESEAU' when m % 4 = 0 then 'PARTENAIRE' else 'MEMBRE' end,
       (array['Lycée', 'Lycée des métiers', 'CFA', 'Université', 'Entreprise', 'Société', 'Pôle', 'Association',
              'Laboratoire', 'Ville'])[1 + m % 10] || ' ' || c.id || '-' || m,
       m % 10 in (0, 1),
       split_part(c.territory_description, ' de ', 2),
       date '2022-09-01'
from campus c cross join generate_series(1, :members_per_campus) m;

analyze;
