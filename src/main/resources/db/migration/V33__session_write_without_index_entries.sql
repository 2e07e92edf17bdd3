-- Every request writes its session's last access and expiry time. With the expiry time in
-- an index, each of those writes was a new row version with an entry in all four of the
-- table's indexes, and the indexes kept the dead entries of every request: on the large
-- office after the load benchmark, 8 sessions took 1.6 MB, the expiry index 816 kB. The
-- write read 22 pages and logged 439 bytes, each request's two reads of the session 14
-- pages. Without the index, and with room left on each page, the write changes the row
-- where it is (a heap-only update): 6 pages and 109 bytes, the reads 4 pages.
--
-- The expiry index served only the removal of expired sessions, once a minute, which now
-- reads the table whole: the sessions of the last half hour, a few thousand in an office
-- of 500 users (reading 100,000 would take some 20 ms a minute).
DROP INDEX spring_session_ix2;
ALTER TABLE spring_session SET (fillfactor = 50);
