-- The plans and budgets of every campus of bench/campus-data.sql, for the dashboards: 12 actions per campus (12,000)
-- in every state, some late; this year's budget with 8 resource lines (one per funding source) and 4 expense lines;
-- 6 contributions of members of the year. Run after campus-data.sql:
--   psql -v ON_ERROR_STOP=1 -f bench/steering-data.sql
\set actions_per_campus 12

insert into campus_action (campus_id, title, pilot_name, starts_on, ends_on, status, abandon_reason, budget)
select c.id, 'Action ' || g || ' du campus ' || c.id, 'Pilote ' || g,
       current_date - 400 + g * 30, current_date - 200 + g * 40, s.status,
       case when s.status = 'ABANDONNEE' then 'Partenaire retiré' end, 1000 * g
from campus c, generate_series(1, :actions_per_campus) g,
     lateral (select (array['PREVUE', 'EN_COURS', 'EN_COURS', 'TERMINEE', 'TERMINEE', 'ABANDONNEE'])[1 + (c.id + g) % 6]
              as status) s;

insert into campus_budget (campus_id, year, status, updated_by)
select id, extract(year from current_date)::int, (array['BROUILLON', 'SOUMIS', 'VALIDE'])[1 + id % 3], 'benchmark'
from campus;

insert into budget_line (budget_id, direction, source, label, planned, actual)
select b.id, 'RESSOURCE', s.source, 'Ressource ' || s.source, 5000 + (b.id % 7) * 1000 + s.n * 500, null
from campus_budget b,
     unnest(array['REGION', 'ETAT', 'FRANCE_2030', 'ERASMUS_PLUS', 'ENTREPRISES', 'TAXE_APPRENTISSAGE',
                  'FONDS_PROPRES_MEMBRES', 'AUTRES']) with ordinality as s(source, n);

insert into budget_line (budget_id, direction, label, planned)
select b.id, 'DEPENSE', 'Dépense ' || g, 8000 + g * 1000
from campus_budget b, generate_series(1, 4) g;

insert into contribution (campus_id, year, member_id, kind, amount, hours, description, declared_by)
select m.campus_id, extract(year from current_date)::int, m.id,
       (array['FINANCIERE', 'MATERIELLE', 'HUMAINE'])[1 + m.id % 3], 500 + (m.id % 10) * 100,
       case when m.id % 3 = 2 then 20 end, 'Contribution du membre', 'benchmark'
from (select id, campus_id, row_number() over (partition by campus_id order by id) as n from campus_member) m
where m.n <= 6;

analyze campus_action;
analyze campus_budget;
analyze budget_line;
analyze contribution;
