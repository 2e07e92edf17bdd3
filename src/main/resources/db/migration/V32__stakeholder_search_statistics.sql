-- A word with many matches (StakeholderQueries.MANY_MATCHES, a thousand or more) is
-- found by walking the list's order and stopping at the page's rows: 3 ms. The planner
-- takes that way only when it expects the many matches, and for a LIKE it guesses them
-- from the texts kept in the column's histogram: 101 by default. 推進 is in 5,882 of the
-- large office's 100,000 entries and was in none of those 101, so the planner expected
-- ten matches, read the whole register and sorted it: 89 ms for every search of the
-- word, in the register and in the global search. A target of 1,000 keeps 1,001 texts
-- (and samples 300,000 rows, the whole register): a word of a thousand matches is then
-- expected in about ten of them, and the planner's guesses for the benchmark's common
-- words came within 9 % of their counts. The whole table's analysis takes about six
-- seconds more on 100,000 entries.
ALTER TABLE stakeholder ALTER COLUMN search_text SET STATISTICS 1000;
ANALYZE stakeholder (search_text);
