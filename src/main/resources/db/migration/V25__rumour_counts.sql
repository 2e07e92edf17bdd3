-- How many rumours were first seen in each month with each verdict, for analytics' verdict
-- chart and rumours per month and the rumour list's count: each read the first sightings'
-- index over a whole fiscal year or all 50,000 rumours (5 to 10 ms a view on the large
-- office, three times per round of the load benchmark).
--
-- Kept exact like stakeholder_level_count (V24): statement triggers append one row per
-- month and verdict a statement changed, readers add the rows up, and KeptCountsCompaction
-- folds them back to one row per month and verdict from time to time.
CREATE TABLE rumour_count (
    month       date         NOT NULL,
    fact_check  varchar(12)  NOT NULL,
    rumours     bigint       NOT NULL
);

-- No index: ten years of months and verdicts are under 500 rows once folded, which a
-- reader scans faster than it would walk an index, and an index would cost each
-- trigger's insert.

CREATE FUNCTION rumour_count_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    -- Only the branch of the operation that fired is planned: the other transition
    -- table does not exist for it.
    IF TG_OP = 'INSERT' THEN
        INSERT INTO rumour_count (month, fact_check, rumours)
        SELECT date_trunc('month', first_seen)::date, fact_check, count(*) FROM added GROUP BY 1, 2;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO rumour_count (month, fact_check, rumours)
        SELECT date_trunc('month', first_seen)::date, fact_check, -count(*) FROM removed GROUP BY 1, 2;
    ELSE
        INSERT INTO rumour_count (month, fact_check, rumours)
        SELECT month, fact_check, sum(n) FROM (
            SELECT date_trunc('month', first_seen)::date AS month, fact_check, 1 AS n FROM added
            UNION ALL
            SELECT date_trunc('month', first_seen)::date, fact_check, -1 FROM removed) changed
        GROUP BY month, fact_check
        HAVING sum(n) <> 0;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER rumour_count_insert AFTER INSERT ON rumour
    REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION rumour_count_changed();

CREATE TRIGGER rumour_count_update AFTER UPDATE ON rumour
    REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION rumour_count_changed();

CREATE TRIGGER rumour_count_delete AFTER DELETE ON rumour
    REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION rumour_count_changed();

-- No rumours, no counts.
CREATE FUNCTION rumour_count_truncated() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM rumour_count;
    RETURN NULL;
END $$;

CREATE TRIGGER rumour_count_truncate AFTER TRUNCATE ON rumour
    FOR EACH STATEMENT EXECUTE FUNCTION rumour_count_truncated();

INSERT INTO rumour_count (month, fact_check, rumours)
SELECT date_trunc('month', first_seen)::date, fact_check, count(*) FROM rumour GROUP BY 1, 2;
