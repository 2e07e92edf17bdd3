-- Office-wide settings changed by administrators; one row, so every instance reads the same values.
CREATE TABLE office_settings (
    id                         integer     NOT NULL,
    delegated_approval_limit   bigint      NOT NULL,
    version                    bigint      NOT NULL DEFAULT 0,
    modified_at                timestamptz NOT NULL,
    modified_by                varchar(64) NOT NULL,
    CONSTRAINT office_settings_pk PRIMARY KEY (id),
    CONSTRAINT office_settings_single_ck CHECK (id = 1),
    CONSTRAINT office_settings_limit_ck CHECK (delegated_approval_limit >= 0)
);

INSERT INTO office_settings (id, delegated_approval_limit, modified_at, modified_by)
VALUES (1, 1000000, now(), 'system');
