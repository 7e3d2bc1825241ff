-- A member organisation presents itself on its campus's page, in its contact's words.
alter table campus_member add column presentation varchar(1000);
