-- The second factor: a TOTP secret (RFC 6238), encrypted with the application's key, the
-- last time step used (a code is good once), and single-use recovery codes stored hashed.
ALTER TABLE app_user
    ADD COLUMN totp_secret       varchar(200),
    ADD COLUMN totp_enabled_at   timestamptz,
    ADD COLUMN totp_last_step    bigint;

CREATE TABLE recovery_code (
    id        bigserial    NOT NULL,
    user_id   bigint       NOT NULL,
    code_hash varchar(64)  NOT NULL,
    used_at   timestamptz,
    CONSTRAINT recovery_code_pk PRIMARY KEY (id),
    CONSTRAINT recovery_code_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);

CREATE INDEX recovery_code_user_idx ON recovery_code (user_id);

-- An administrator may ask a second factor of everyone, beyond the roles that always need one.
ALTER TABLE office_settings ADD COLUMN two_factor_for_everyone boolean NOT NULL DEFAULT false;
