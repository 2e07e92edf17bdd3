-- The audit log lists events newest first (occurred_at, then id, both descending), and
-- its filters' indexes did not end in that order, or could not serve the filter at all:
--
-- * by action, (action, occurred_at) lacked the id, so PostgreSQL walked the whole log's
--   order instead and dropped what did not match: on the large office after the load
--   benchmark, 44,019 rows for the newest 20 sign-ins (23 ms), growing with every
--   reading of the log (each one is itself an event);
-- * by record, only (entity_type, entity_id) existed: 261,009 rows for 20 campaign
--   plans' events (401 ms);
-- * by who, the filter is a prefix (LIKE 'text%') of lower(actor), which a B-tree of the
--   database's collation (C.UTF-8, not C) cannot search: the log's order again, 175,028
--   rows for 60 of one account's events (155 ms). text_pattern_ops can, for a prefix and
--   for one name alike (the audit log looks the names up first, AuditSearch). The name
--   and the action are also kept in the index (INCLUDE), so that counting one account's
--   events, of any action or of one, reads the index alone: counting an administrator's
--   events read the table (45 ms), 4 ms so; one account's sign-ins took 60 ms (both
--   indexes' bitmaps, the action's of 224,467 entries), 1.5 ms so.
--
-- Each index now ends in the log's order, so one name, one action or one kind of record
-- is read newest first and stops after the page.
DROP INDEX audit_event_action_idx;
CREATE INDEX audit_event_action_idx ON audit_event (action, occurred_at DESC, id DESC);

DROP INDEX audit_event_actor_idx;
CREATE INDEX audit_event_actor_idx ON audit_event (lower(actor) text_pattern_ops, occurred_at DESC, id DESC)
    INCLUDE (actor, action);

-- The history of one record (a disclosure request) keeps (entity_type, entity_id).
CREATE INDEX audit_event_entity_type_idx ON audit_event (entity_type, occurred_at DESC, id DESC);
