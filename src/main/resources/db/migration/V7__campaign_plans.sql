-- PR campaign plans on the OASIS model: objective, audience insight, strategy/idea,
-- implementation (channels, schedule, budget) and scoring (KPIs).
CREATE TABLE campaign_plan (
    id                bigserial    NOT NULL,
    department_id     bigint       NOT NULL,
    title             varchar(200) NOT NULL,
    objective         text         NOT NULL,
    audience          text,
    strategy          text,
    start_date        date         NOT NULL,
    end_date          date         NOT NULL,
    fiscal_year       integer      NOT NULL,
    status            varchar(20)  NOT NULL,
    total_budget_jpy  bigint       NOT NULL DEFAULT 0,
    submitted_at      timestamptz,
    recommended_by    varchar(64),
    recommended_at    timestamptz,
    decided_by        varchar(64),
    decided_at        timestamptz,
    evaluation        text,
    version           bigint       NOT NULL DEFAULT 0,
    created_at        timestamptz  NOT NULL,
    created_by        varchar(64)  NOT NULL,
    modified_at       timestamptz  NOT NULL,
    modified_by       varchar(64)  NOT NULL,
    CONSTRAINT campaign_plan_pk PRIMARY KEY (id),
    CONSTRAINT campaign_plan_department_fk FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT campaign_plan_dates_ck CHECK (end_date >= start_date),
    CONSTRAINT campaign_plan_budget_ck CHECK (total_budget_jpy >= 0),
    CONSTRAINT campaign_plan_status_ck CHECK (status IN ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED',
        'REJECTED', 'WITHDRAWN', 'ACTIVE', 'COMPLETED'))
);

CREATE INDEX campaign_plan_department_idx ON campaign_plan (department_id, fiscal_year);
CREATE INDEX campaign_plan_year_status_idx ON campaign_plan (fiscal_year, status);
CREATE INDEX campaign_plan_status_start_idx ON campaign_plan (status, start_date);
CREATE INDEX campaign_plan_modified_idx ON campaign_plan (modified_at DESC);

CREATE TABLE campaign_plan_channel (
    plan_id bigint      NOT NULL,
    channel varchar(30) NOT NULL,
    CONSTRAINT campaign_plan_channel_pk PRIMARY KEY (plan_id, channel),
    CONSTRAINT campaign_plan_channel_plan_fk FOREIGN KEY (plan_id) REFERENCES campaign_plan (id) ON DELETE CASCADE
);

CREATE INDEX campaign_plan_channel_channel_idx ON campaign_plan_channel (channel);

CREATE TABLE campaign_budget_line (
    id         bigserial    NOT NULL,
    plan_id    bigint       NOT NULL,
    position   integer      NOT NULL,
    item       varchar(200) NOT NULL,
    channel    varchar(30),
    amount_jpy bigint       NOT NULL,
    CONSTRAINT campaign_budget_line_pk PRIMARY KEY (id),
    CONSTRAINT campaign_budget_line_plan_fk FOREIGN KEY (plan_id) REFERENCES campaign_plan (id) ON DELETE CASCADE,
    CONSTRAINT campaign_budget_line_amount_ck CHECK (amount_jpy >= 0)
);

CREATE INDEX campaign_budget_line_plan_idx ON campaign_budget_line (plan_id);

CREATE TABLE campaign_milestone (
    id       bigserial    NOT NULL,
    plan_id  bigint       NOT NULL,
    position integer      NOT NULL,
    name     varchar(200) NOT NULL,
    due_date date         NOT NULL,
    CONSTRAINT campaign_milestone_pk PRIMARY KEY (id),
    CONSTRAINT campaign_milestone_plan_fk FOREIGN KEY (plan_id) REFERENCES campaign_plan (id) ON DELETE CASCADE
);

CREATE INDEX campaign_milestone_plan_idx ON campaign_milestone (plan_id);

CREATE TABLE campaign_kpi (
    id       bigserial      NOT NULL,
    plan_id  bigint         NOT NULL,
    position integer        NOT NULL,
    metric   varchar(200)   NOT NULL,
    unit     varchar(50)    NOT NULL,
    target   numeric(18, 2) NOT NULL,
    actual   numeric(18, 2),
    CONSTRAINT campaign_kpi_pk PRIMARY KEY (id),
    CONSTRAINT campaign_kpi_plan_fk FOREIGN KEY (plan_id) REFERENCES campaign_plan (id) ON DELETE CASCADE
);

CREATE INDEX campaign_kpi_plan_idx ON campaign_kpi (plan_id);

CREATE TABLE campaign_risk (
    id         bigserial     NOT NULL,
    plan_id    bigint        NOT NULL,
    position   integer       NOT NULL,
    risk       varchar(1000) NOT NULL,
    mitigation varchar(1000),
    CONSTRAINT campaign_risk_pk PRIMARY KEY (id),
    CONSTRAINT campaign_risk_plan_fk FOREIGN KEY (plan_id) REFERENCES campaign_plan (id) ON DELETE CASCADE
);

CREATE INDEX campaign_risk_plan_idx ON campaign_risk (plan_id);

-- The plan's timeline: every transition, edit and comment with who, when and why.
CREATE TABLE campaign_plan_event (
    id          bigserial    NOT NULL,
    plan_id     bigint       NOT NULL,
    occurred_at timestamptz  NOT NULL,
    actor       varchar(64)  NOT NULL,
    kind        varchar(30)  NOT NULL,
    note        text,
    CONSTRAINT campaign_plan_event_pk PRIMARY KEY (id),
    CONSTRAINT campaign_plan_event_plan_fk FOREIGN KEY (plan_id) REFERENCES campaign_plan (id) ON DELETE CASCADE
);

CREATE INDEX campaign_plan_event_plan_idx ON campaign_plan_event (plan_id, occurred_at);
