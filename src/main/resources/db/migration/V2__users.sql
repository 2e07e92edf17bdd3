CREATE TABLE app_user (
    id                     bigserial    NOT NULL,
    username               varchar(64)  NOT NULL,
    display_name           varchar(100) NOT NULL,
    email                  varchar(254),
    password_hash          varchar(255) NOT NULL,
    previous_password_hash varchar(255),
    department_id          bigint,
    active                 boolean      NOT NULL DEFAULT true,
    must_change_password   boolean      NOT NULL DEFAULT false,
    failed_login_count     integer      NOT NULL DEFAULT 0,
    first_failed_login_at  timestamptz,
    locked_until           timestamptz,
    last_login_at          timestamptz,
    version                bigint       NOT NULL DEFAULT 0,
    created_at             timestamptz  NOT NULL,
    created_by             varchar(64)  NOT NULL,
    modified_at            timestamptz  NOT NULL,
    modified_by            varchar(64)  NOT NULL,
    CONSTRAINT app_user_pk PRIMARY KEY (id),
    CONSTRAINT app_user_department_fk FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT app_user_failed_count_ck CHECK (failed_login_count >= 0)
);

-- One account per name whatever its case: "Yamada" and "yamada" are the same person,
-- and lockout counts against that one account.
CREATE UNIQUE INDEX app_user_username_uk ON app_user (lower(username));
CREATE INDEX app_user_department_idx ON app_user (department_id);
CREATE INDEX app_user_display_name_idx ON app_user (lower(display_name));

CREATE TABLE user_role (
    user_id bigint      NOT NULL,
    role    varchar(20) NOT NULL,
    CONSTRAINT user_role_pk PRIMARY KEY (user_id, role),
    CONSTRAINT user_role_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT user_role_role_ck CHECK (role IN ('ADMIN', 'CMO', 'STAFF', 'LIAISON', 'ANALYST'))
);

CREATE INDEX user_role_role_idx ON user_role (role);
