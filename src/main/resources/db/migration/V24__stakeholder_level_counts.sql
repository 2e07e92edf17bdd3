-- How many stakeholders stand at each pair of influence and interest levels, for the
-- unfiltered grid and analytics' quadrants: counting the register for every view read
-- 100,000 index entries (12 ms) twice per round of the load benchmark.
--
-- Kept exact by statement triggers, which append one row per level pair a statement
-- changed (never update a shared counter row, so concurrent edits and imports do not wait
-- for or deadlock on each other); readers add the rows up, and
-- StakeholderLevelCountCompaction folds them back to one row per pair from time to time.
CREATE TABLE stakeholder_level_count (
    influence     smallint NOT NULL,
    interest      smallint NOT NULL,
    stakeholders  bigint   NOT NULL
);

-- No index: readers add up every row (a few dozen between foldings), and an index would
-- only cost each trigger's insert.

CREATE FUNCTION stakeholder_level_count_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    -- Only the branch of the operation that fired is planned: the other transition
    -- table does not exist for it.
    IF TG_OP = 'INSERT' THEN
        INSERT INTO stakeholder_level_count (influence, interest, stakeholders)
        SELECT influence, interest, count(*) FROM added GROUP BY influence, interest;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO stakeholder_level_count (influence, interest, stakeholders)
        SELECT influence, interest, -count(*) FROM removed GROUP BY influence, interest;
    ELSE
        INSERT INTO stakeholder_level_count (influence, interest, stakeholders)
        SELECT influence, interest, sum(n) FROM (
            SELECT influence, interest, 1 AS n FROM added
            UNION ALL
            SELECT influence, interest, -1 FROM removed) moved
        GROUP BY influence, interest
        HAVING sum(n) <> 0;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER stakeholder_level_count_insert AFTER INSERT ON stakeholder
    REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION stakeholder_level_count_changed();

CREATE TRIGGER stakeholder_level_count_update AFTER UPDATE ON stakeholder
    REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION stakeholder_level_count_changed();

CREATE TRIGGER stakeholder_level_count_delete AFTER DELETE ON stakeholder
    REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION stakeholder_level_count_changed();

-- A truncated register counts nobody.
CREATE FUNCTION stakeholder_level_count_truncated() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM stakeholder_level_count;
    RETURN NULL;
END $$;

CREATE TRIGGER stakeholder_level_count_truncate AFTER TRUNCATE ON stakeholder
    FOR EACH STATEMENT EXECUTE FUNCTION stakeholder_level_count_truncated();

INSERT INTO stakeholder_level_count (influence, interest, stakeholders)
SELECT influence, interest, count(*) FROM stakeholder GROUP BY influence, interest;
