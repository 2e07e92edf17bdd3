-- Indexes for a large ministry's ten years (docs/performance.md).

-- The stakeholder grid lists the first names of each quadrant, most influential and
-- interested first: one partial index per quadrant, so that no request sorts the register.
CREATE INDEX stakeholder_grid_manage_closely_idx ON stakeholder ((influence + interest) DESC, name_kana, id)
    WHERE influence >= 3 AND interest >= 3;
CREATE INDEX stakeholder_grid_keep_satisfied_idx ON stakeholder ((influence + interest) DESC, name_kana, id)
    WHERE influence >= 3 AND interest < 3;
CREATE INDEX stakeholder_grid_keep_informed_idx ON stakeholder ((influence + interest) DESC, name_kana, id)
    WHERE influence < 3 AND interest >= 3;
CREATE INDEX stakeholder_grid_monitor_idx ON stakeholder ((influence + interest) DESC, name_kana, id)
    WHERE influence < 3 AND interest < 3;

-- Searching words anywhere in titles and claims (Japanese has no spaces to split words
-- on): trigram indexes answer LIKE '%…%' without reading every row.
CREATE INDEX campaign_plan_title_trgm_idx ON campaign_plan USING gin (lower(title) gin_trgm_ops);
CREATE INDEX crisis_incident_title_trgm_idx ON crisis_incident USING gin (lower(title) gin_trgm_ops);
CREATE INDEX rumour_claim_trgm_idx ON rumour USING gin (lower(claim) gin_trgm_ops);
