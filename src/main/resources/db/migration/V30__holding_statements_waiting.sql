-- The holding statements waiting for the CMO's approval, oldest first, on the CMO's home
-- page: without an index PostgreSQL read every statement ever written, one or more for
-- each incident of the office's years. Found by PageStatementsIntegrationTests, which
-- explains every main page's statements and fails on a table that grows and is read whole.
CREATE INDEX holding_statement_status_idx ON holding_statement (status, submitted_at);
