-- How many plans, and how much budget, each department has in each fiscal year and
-- status: the campaign list's count without a text, channel or recommendation filter, the
-- budget use beside it and on the home page, and the home page's plans per status. Those
-- read up to 20,000 plans' index entries on every view (1.5 ms for a count, 0.9 ms for the
-- budget use, on most pages of the load benchmark's campaign journey).
--
-- Kept exact like stakeholder_level_count (V24) and rumour_count (V25): statement triggers
-- append one row per department, year and status a statement changed, readers add the rows
-- up, and KeptCountsCompaction folds them back to one row each from time to time.
CREATE TABLE campaign_plan_tally (
    department_id  bigint       NOT NULL,
    fiscal_year    integer      NOT NULL,
    status         varchar(20)  NOT NULL,
    plans          bigint       NOT NULL,
    budget_jpy     bigint       NOT NULL
);

-- By year, which every reader names but the list's "all years": 30 departments, ten years
-- and eight states are a few thousand rows once folded.
CREATE INDEX campaign_plan_tally_year_idx ON campaign_plan_tally (fiscal_year, department_id)
    INCLUDE (status, plans, budget_jpy);

CREATE FUNCTION campaign_plan_tally_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    -- Only the branch of the operation that fired is planned: the other transition
    -- table does not exist for it.
    IF TG_OP = 'INSERT' THEN
        INSERT INTO campaign_plan_tally (department_id, fiscal_year, status, plans, budget_jpy)
        SELECT department_id, fiscal_year, status, count(*), sum(total_budget_jpy)
        FROM added GROUP BY department_id, fiscal_year, status;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO campaign_plan_tally (department_id, fiscal_year, status, plans, budget_jpy)
        SELECT department_id, fiscal_year, status, -count(*), -sum(total_budget_jpy)
        FROM removed GROUP BY department_id, fiscal_year, status;
    ELSE
        INSERT INTO campaign_plan_tally (department_id, fiscal_year, status, plans, budget_jpy)
        SELECT department_id, fiscal_year, status, sum(n), sum(budget) FROM (
            SELECT department_id, fiscal_year, status, 1 AS n, total_budget_jpy AS budget FROM added
            UNION ALL
            SELECT department_id, fiscal_year, status, -1, -total_budget_jpy FROM removed) changed
        GROUP BY department_id, fiscal_year, status
        HAVING sum(n) <> 0 OR sum(budget) <> 0;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER campaign_plan_tally_insert AFTER INSERT ON campaign_plan
    REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION campaign_plan_tally_changed();

CREATE TRIGGER campaign_plan_tally_update AFTER UPDATE ON campaign_plan
    REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION campaign_plan_tally_changed();

CREATE TRIGGER campaign_plan_tally_delete AFTER DELETE ON campaign_plan
    REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION campaign_plan_tally_changed();

-- No plans, no tally.
CREATE FUNCTION campaign_plan_tally_truncated() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM campaign_plan_tally;
    RETURN NULL;
END $$;

CREATE TRIGGER campaign_plan_tally_truncate AFTER TRUNCATE ON campaign_plan
    FOR EACH STATEMENT EXECUTE FUNCTION campaign_plan_tally_truncated();

INSERT INTO campaign_plan_tally (department_id, fiscal_year, status, plans, budget_jpy)
SELECT department_id, fiscal_year, status, count(*), sum(total_budget_jpy)
FROM campaign_plan GROUP BY department_id, fiscal_year, status;
