-- Bucket4j's buckets for the sign-in rate limit per client address (its PostgreSQL schema,
-- with the address as the key). Rows expire once their bucket is full again and are
-- removed by a scheduled job.
CREATE TABLE login_throttle (
    id         varchar(80) NOT NULL,
    state      bytea,
    expires_at bigint,
    -- Bucket4j's advisory-lock manager marks a row it is creating here.
    explicit_lock bigint,
    CONSTRAINT login_throttle_pk PRIMARY KEY (id)
);

CREATE INDEX login_throttle_expires_idx ON login_throttle (expires_at);
