-- A word with many matches (StakeholderQueries.MANY_MATCHES, a thousand or more) is
-- found by walking the list's order and stopping at the page's rows: 3 ms. The planner
-- takes that way only when it expects the many matches, and it guesses them from the
-- texts its statistics sampled: 101 of them by default. 推進 is in 5,882 of the large
-- office's 100,000 entries and in none of those 101, so the planner expected ten matches,
-- read the whole register and sorted it: 89 ms for every search of the word, in the
-- register and in the global search. With 1,001 texts sampled a word of a thousand
-- matches is expected in ten of them; the planner's guesses came within 6 % of the
-- counts for the benchmark's words. The fuller sample costs the table's analysis about
-- six seconds more on 100,000 entries.
ALTER TABLE stakeholder ALTER COLUMN search_text SET STATISTICS 1000;
ANALYZE stakeholder (search_text);
