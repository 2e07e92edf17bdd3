CREATE TABLE department (
    id          bigserial    NOT NULL,
    code        varchar(20)  NOT NULL,
    name_ja     varchar(100) NOT NULL,
    name_en     varchar(100) NOT NULL,
    active      boolean      NOT NULL DEFAULT true,
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(64)  NOT NULL,
    modified_at timestamptz  NOT NULL,
    modified_by varchar(64)  NOT NULL,
    CONSTRAINT department_pk PRIMARY KEY (id),
    CONSTRAINT department_code_uk UNIQUE (code)
);

-- The PR budget a department may spend in one Japanese fiscal year (1 April to 31 March),
-- named by the calendar year in which it starts.
CREATE TABLE department_budget (
    id            bigserial NOT NULL,
    department_id bigint    NOT NULL,
    fiscal_year   integer   NOT NULL,
    amount_jpy    bigint    NOT NULL,
    CONSTRAINT department_budget_pk PRIMARY KEY (id),
    CONSTRAINT department_budget_department_fk FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT department_budget_year_uk UNIQUE (department_id, fiscal_year),
    CONSTRAINT department_budget_amount_ck CHECK (amount_jpy >= 0),
    CONSTRAINT department_budget_year_ck CHECK (fiscal_year BETWEEN 2000 AND 2100)
);

CREATE INDEX department_budget_year_idx ON department_budget (fiscal_year);
