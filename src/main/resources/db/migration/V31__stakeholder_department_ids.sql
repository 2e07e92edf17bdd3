-- A liaison's search of the register for a two-character word (観光, 協会) read every
-- stakeholder the word matches across the office (4,346 rows for 観光 on the large office,
-- one in eight of them the department's) to join them to the department's links: 13-25 ms
-- for each count and as much for its page, the costliest statement of the load benchmark.
-- The stakeholder row now carries the ids of the departments it is shared with, and one
-- GIN index holds them beside the text's two-character pieces, so that both conditions
-- are met in the index and only the department's matches are read (tourism's 観光 counted
-- in 1.2 ms instead of 12.8; health, the largest register, 協会 in 3.9 instead of 18.1).
-- The index also serves a two-character word alone, in place of the one it replaces.
--
-- stakeholder_department stays the record of who shares a stakeholder; the column is kept
-- equal to it by statement triggers, whoever writes the links (the application, the CSV
-- import, the demo generators).
-- No link changes between the copy below and the triggers that keep it.
LOCK TABLE stakeholder_department IN SHARE ROW EXCLUSIVE MODE;

-- The new index replaces this one; dropped first, the copy does not also update it.
DROP INDEX stakeholder_search_bigram_idx;

ALTER TABLE stakeholder ADD COLUMN department_ids bigint[] NOT NULL DEFAULT '{}';

UPDATE stakeholder s
SET department_ids = l.ids
FROM (SELECT stakeholder_id, array_agg(department_id ORDER BY department_id) AS ids
      FROM stakeholder_department GROUP BY stakeholder_id) l
WHERE l.stakeholder_id = s.id;

-- Recounts the departments of each stakeholder whose links a statement changed; a row
-- whose list is unchanged is left alone.
CREATE FUNCTION stakeholder_department_ids_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    changed bigint[];
BEGIN
    -- Only the branch of the operation that fired is planned: the other transition
    -- table does not exist for it.
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(DISTINCT stakeholder_id) INTO changed FROM added;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(DISTINCT stakeholder_id) INTO changed FROM removed;
    ELSE
        SELECT array_agg(DISTINCT stakeholder_id) INTO changed
        FROM (SELECT stakeholder_id FROM added UNION ALL SELECT stakeholder_id FROM removed) both_sides;
    END IF;
    -- Locked first, in order, so that the lists below are counted from links committed
    -- by anyone who changed the same stakeholder meanwhile (each statement here sees
    -- what was committed when it started). NO KEY UPDATE, the lock the update itself
    -- takes: it does not wait for the key-share locks of foreign-key checks, such as an
    -- engagement being logged on the stakeholder.
    PERFORM 1 FROM stakeholder WHERE id = ANY (changed) ORDER BY id FOR NO KEY UPDATE;
    UPDATE stakeholder s
    SET department_ids = c.ids
    FROM (SELECT u.id, coalesce((SELECT array_agg(sd.department_id ORDER BY sd.department_id)
                                 FROM stakeholder_department sd WHERE sd.stakeholder_id = u.id), '{}') AS ids
          FROM unnest(changed) AS u(id)) c
    WHERE s.id = c.id AND s.department_ids IS DISTINCT FROM c.ids;
    RETURN NULL;
END $$;

CREATE TRIGGER stakeholder_department_ids_insert AFTER INSERT ON stakeholder_department
    REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION stakeholder_department_ids_changed();

CREATE TRIGGER stakeholder_department_ids_update AFTER UPDATE ON stakeholder_department
    REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION stakeholder_department_ids_changed();

CREATE TRIGGER stakeholder_department_ids_delete AFTER DELETE ON stakeholder_department
    REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION stakeholder_department_ids_changed();

-- Links truncated share nobody with anyone.
CREATE FUNCTION stakeholder_department_ids_truncated() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    UPDATE stakeholder SET department_ids = '{}' WHERE department_ids <> '{}';
    RETURN NULL;
END $$;

CREATE TRIGGER stakeholder_department_ids_truncate AFTER TRUNCATE ON stakeholder_department
    FOR EACH STATEMENT EXECUTE FUNCTION stakeholder_department_ids_truncated();

CREATE INDEX stakeholder_search_bigram_department_idx ON stakeholder
    USING gin (text_bigrams(search_text), department_ids);

-- Statistics on the indexed expression, for the planner's estimate of a word's matches.
ANALYZE stakeholder;
