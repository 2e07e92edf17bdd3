-- Rows of the register each user exported, for the daily allowance of bulk exports (the
-- audit trail says the same in words; this is what the allowance adds up).
CREATE TABLE stakeholder_export (
    id          bigserial   NOT NULL,
    user_id     bigint      NOT NULL,
    exported_at timestamptz NOT NULL,
    row_count   integer     NOT NULL,
    CONSTRAINT stakeholder_export_pk PRIMARY KEY (id),
    CONSTRAINT stakeholder_export_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT stakeholder_export_rows_ck CHECK (row_count >= 0)
);

CREATE INDEX stakeholder_export_user_idx ON stakeholder_export (user_id, exported_at);
