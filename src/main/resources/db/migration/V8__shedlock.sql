-- ShedLock: a scheduled job runs on one application instance at a time.
CREATE TABLE shedlock (
    name       varchar(64)  NOT NULL,
    lock_until timestamptz  NOT NULL,
    locked_at  timestamptz  NOT NULL,
    locked_by  varchar(255) NOT NULL,
    CONSTRAINT shedlock_pk PRIMARY KEY (name)
);
