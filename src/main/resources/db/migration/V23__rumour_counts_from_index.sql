-- Analytics counts a fiscal year's rumours by fact-check verdict (31,000 of 50,000 in a
-- large office): with the verdict in the index of first sightings the count reads the
-- index alone (23 ms became 9 ms). The rumour list's order is the index's as before.
drop index rumour_first_seen_idx;
create index rumour_first_seen_idx on rumour (first_seen desc, id desc) include (fact_check);
