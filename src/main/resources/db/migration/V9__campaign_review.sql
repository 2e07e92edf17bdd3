-- Review support: the turnaround target for reviews, blackout periods, the brand
-- compliance checklist and attachments.
ALTER TABLE office_settings
    ADD COLUMN review_target_working_days integer NOT NULL DEFAULT 10,
    ADD CONSTRAINT office_settings_review_target_ck CHECK (review_target_working_days BETWEEN 1 AND 100);

ALTER TABLE campaign_plan
    ADD COLUMN blackout_justification text;

-- Windows in which government communication must be careful (elections, Diet sessions).
CREATE TABLE blackout_period (
    id          bigserial    NOT NULL,
    name_ja     varchar(200) NOT NULL,
    name_en     varchar(200) NOT NULL,
    start_date  date         NOT NULL,
    end_date    date         NOT NULL,
    note        varchar(1000),
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(64)  NOT NULL,
    modified_at timestamptz  NOT NULL,
    modified_by varchar(64)  NOT NULL,
    CONSTRAINT blackout_period_pk PRIMARY KEY (id),
    CONSTRAINT blackout_period_dates_ck CHECK (end_date >= start_date)
);

CREATE INDEX blackout_period_dates_idx ON blackout_period (start_date, end_date);

-- The brand compliance items a reviewer has ticked on a plan.
CREATE TABLE campaign_plan_check (
    plan_id bigint      NOT NULL,
    item    varchar(30) NOT NULL,
    CONSTRAINT campaign_plan_check_pk PRIMARY KEY (plan_id, item),
    CONSTRAINT campaign_plan_check_plan_fk FOREIGN KEY (plan_id) REFERENCES campaign_plan (id) ON DELETE CASCADE
);

CREATE TABLE campaign_attachment (
    id           bigserial    NOT NULL,
    plan_id      bigint       NOT NULL,
    filename     varchar(255) NOT NULL,
    content_type varchar(100) NOT NULL,
    size_bytes   bigint       NOT NULL,
    content      bytea        NOT NULL,
    uploaded_by  varchar(64)  NOT NULL,
    uploaded_at  timestamptz  NOT NULL,
    CONSTRAINT campaign_attachment_pk PRIMARY KEY (id),
    CONSTRAINT campaign_attachment_plan_fk FOREIGN KEY (plan_id) REFERENCES campaign_plan (id) ON DELETE CASCADE,
    CONSTRAINT campaign_attachment_size_ck CHECK (size_bytes BETWEEN 1 AND 10485760)
);

CREATE INDEX campaign_attachment_plan_idx ON campaign_attachment (plan_id);
CREATE INDEX campaign_plan_active_end_idx ON campaign_plan (end_date) WHERE status = 'ACTIVE';
