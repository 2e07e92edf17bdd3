-- People name their organisation by its name: two organisations may not share one.
CREATE UNIQUE INDEX stakeholder_organisation_name_uk ON stakeholder (name) WHERE kind = 'ORGANISATION';
