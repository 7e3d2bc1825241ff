-- A campus may show its maturity level on its public page (and the API then answers anyone): its team decides.
alter table campus_maturity add column published boolean not null default false;
comment on column campus_maturity.published is 'The campus shows its level to the public; its reasons and history stay private.';
