-- The marketing strategy of a fiscal year: vision, objectives with their KPIs and
-- measurements, and target audiences.
CREATE TABLE strategy (
    id           bigserial    NOT NULL,
    fiscal_year  integer      NOT NULL,
    title        varchar(200) NOT NULL,
    vision       text         NOT NULL,
    period_start date         NOT NULL,
    period_end   date         NOT NULL,
    owner_name   varchar(100) NOT NULL,
    status       varchar(20)  NOT NULL,
    activated_by varchar(64),
    activated_at timestamptz,
    version      bigint       NOT NULL DEFAULT 0,
    created_at   timestamptz  NOT NULL,
    created_by   varchar(64)  NOT NULL,
    modified_at  timestamptz  NOT NULL,
    modified_by  varchar(64)  NOT NULL,
    CONSTRAINT strategy_pk PRIMARY KEY (id),
    CONSTRAINT strategy_period_ck CHECK (period_end >= period_start),
    CONSTRAINT strategy_status_ck CHECK (status IN ('DRAFT', 'ACTIVE', 'ARCHIVED'))
);

CREATE INDEX strategy_year_idx ON strategy (fiscal_year, status);
-- At most one active strategy per fiscal year, whatever the application does.
CREATE UNIQUE INDEX strategy_one_active_uk ON strategy (fiscal_year) WHERE status = 'ACTIVE';

CREATE TABLE strategy_objective (
    id          bigserial    NOT NULL,
    strategy_id bigint       NOT NULL,
    position    integer      NOT NULL,
    title       varchar(200) NOT NULL,
    description text,
    priority    varchar(10)  NOT NULL,
    CONSTRAINT strategy_objective_pk PRIMARY KEY (id),
    CONSTRAINT strategy_objective_strategy_fk FOREIGN KEY (strategy_id) REFERENCES strategy (id) ON DELETE CASCADE,
    CONSTRAINT strategy_objective_priority_ck CHECK (priority IN ('HIGH', 'MEDIUM', 'LOW'))
);

CREATE INDEX strategy_objective_strategy_idx ON strategy_objective (strategy_id);

CREATE TABLE strategy_kpi (
    id           bigserial      NOT NULL,
    objective_id bigint         NOT NULL,
    position     integer        NOT NULL,
    name         varchar(200)   NOT NULL,
    unit         varchar(50)    NOT NULL,
    baseline     numeric(18, 2) NOT NULL,
    target       numeric(18, 2) NOT NULL,
    direction    varchar(4)     NOT NULL,
    CONSTRAINT strategy_kpi_pk PRIMARY KEY (id),
    CONSTRAINT strategy_kpi_objective_fk FOREIGN KEY (objective_id) REFERENCES strategy_objective (id) ON DELETE CASCADE,
    CONSTRAINT strategy_kpi_direction_ck CHECK (direction IN ('UP', 'DOWN'))
);

CREATE INDEX strategy_kpi_objective_idx ON strategy_kpi (objective_id);

CREATE TABLE kpi_measurement (
    id          bigserial      NOT NULL,
    kpi_id      bigint         NOT NULL,
    measured_on date           NOT NULL,
    value       numeric(18, 2) NOT NULL,
    source      varchar(200)   NOT NULL,
    entered_by  varchar(64)    NOT NULL,
    entered_at  timestamptz    NOT NULL,
    CONSTRAINT kpi_measurement_pk PRIMARY KEY (id),
    CONSTRAINT kpi_measurement_kpi_fk FOREIGN KEY (kpi_id) REFERENCES strategy_kpi (id) ON DELETE CASCADE
);

CREATE INDEX kpi_measurement_kpi_idx ON kpi_measurement (kpi_id, measured_on DESC, id DESC);

CREATE TABLE target_audience (
    id            bigserial     NOT NULL,
    strategy_id   bigint        NOT NULL,
    position      integer       NOT NULL,
    segment       varchar(200)  NOT NULL,
    size_estimate bigint,
    insight       text,
    CONSTRAINT target_audience_pk PRIMARY KEY (id),
    CONSTRAINT target_audience_strategy_fk FOREIGN KEY (strategy_id) REFERENCES strategy (id) ON DELETE CASCADE,
    CONSTRAINT target_audience_size_ck CHECK (size_estimate IS NULL OR size_estimate >= 0)
);

CREATE INDEX target_audience_strategy_idx ON target_audience (strategy_id);

-- The strategy objectives a campaign plan serves.
CREATE TABLE campaign_plan_objective (
    plan_id      bigint NOT NULL,
    objective_id bigint NOT NULL,
    CONSTRAINT campaign_plan_objective_pk PRIMARY KEY (plan_id, objective_id),
    CONSTRAINT campaign_plan_objective_plan_fk FOREIGN KEY (plan_id) REFERENCES campaign_plan (id) ON DELETE CASCADE,
    CONSTRAINT campaign_plan_objective_objective_fk FOREIGN KEY (objective_id) REFERENCES strategy_objective (id)
);

CREATE INDEX campaign_plan_objective_objective_idx ON campaign_plan_objective (objective_id);
