-- 20 events for each campus of bench/campus-data.sql (20,000 with 1,000 campuses), from a year ago to a year ahead,
-- of every kind and audience, most of them published, the past ones with their attendance. Run after
-- campus-data.sql:
--   psql -v ON_ERROR_STOP=1 -f bench/event-data.sql
\set events_per_campus 20

with kinds as (select array['HACKATHON', 'CONCOURS', 'JOURNEE_RECRUTEMENT', 'DECOUVERTE_METIERS',
                            'FORMATION_ENSEIGNANTS', 'MOBILITE_ERASMUS', 'TRAVAUX_TUTORES', 'PORTES_OUVERTES'] as k,
                      array['COLLEGIENS', 'LYCEENS', 'APPRENTIS', 'ETUDIANTS', 'ADULTES', 'ENSEIGNANTS',
                            'ENTREPRISES', 'FAMILLES'] as a,
                      array['Hackathon', 'Concours', 'Journée de recrutement', 'Découverte des métiers',
                            'Formation des enseignants', 'Mobilité Erasmus+', 'Jury des travaux tutorés',
                            'Portes ouvertes'] as t,
                      array['Metz', 'Lyon', 'Nantes', 'Lille', 'Toulouse', 'Rennes', 'Dijon', 'Orléans', 'Bordeaux',
                            'Strasbourg'] as towns),
     slots as (select c.id as campus_id, g as i,
                      (current_date - 365 + ((hashtext('day' || c.id || '-' || g) & 65535) % 730))::timestamp
                          + make_interval(hours => 8 + g % 10) as starts_at
               from campus c, generate_series(1, :events_per_campus) g)
insert into campus_event (campus_id, kind, title, starts_at, ends_at, address, town, audiences, levels, description,
                          published, attendance)
select s.campus_id, k.k[1 + s.i % 8], k.t[1 + s.i % 8] || ' ' || s.i || ' du campus ' || s.campus_id,
       s.starts_at, s.starts_at + make_interval(hours => 3 + s.i % 5),
       'Salle ' || s.i, k.towns[1 + (s.campus_id + s.i) % 10],
       array[k.a[1 + s.i % 8], k.a[1 + (s.i + 3) % 8]], array[3 + s.i % 6],
       'Un événement du campus pour découvrir les métiers et les formations de la filière.',
       s.i % 10 <> 0,
       case when s.starts_at < now() then 20 + s.i * 3 end
from slots s, kinds k;

analyze campus_event;
