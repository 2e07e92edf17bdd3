-- The stakeholder register: organisations and people, the departments each is shared with,
-- tags, and the engagement log. Personal data of people is kept with its purpose of use,
-- source, consent and retention date (APPI) and can be erased for good (anonymised).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE stakeholder (
    id               bigserial    NOT NULL,
    kind             varchar(12)  NOT NULL,
    category         varchar(30)  NOT NULL,
    name             varchar(200) NOT NULL,
    name_kana        varchar(200) NOT NULL,
    organisation_id  bigint,
    title            varchar(200),
    email            varchar(254),
    phone            varchar(40),
    address          varchar(500),
    influence        smallint     NOT NULL,
    interest         smallint     NOT NULL,
    stance           varchar(12)  NOT NULL,
    owner_id         bigint       NOT NULL,
    notes            text,
    house            varchar(30),
    constituency     varchar(100),
    party            varchar(100),
    outlet           varchar(100),
    beat             varchar(100),
    purpose_of_use   varchar(500),
    data_source      varchar(200),
    consent_date     date,
    retention_date   date,
    anonymised_at    timestamptz,
    anonymised_by    varchar(64),
    last_engaged_on  date,
    -- Name, kana, organisation and tags in one text, for the trigram search.
    search_text      text         NOT NULL,
    version          bigint       NOT NULL DEFAULT 0,
    created_at       timestamptz  NOT NULL,
    created_by       varchar(64)  NOT NULL,
    modified_at      timestamptz  NOT NULL,
    modified_by      varchar(64)  NOT NULL,
    CONSTRAINT stakeholder_pk PRIMARY KEY (id),
    CONSTRAINT stakeholder_kind_ck CHECK (kind IN ('ORGANISATION', 'PERSON')),
    CONSTRAINT stakeholder_influence_ck CHECK (influence BETWEEN 1 AND 5),
    CONSTRAINT stakeholder_interest_ck CHECK (interest BETWEEN 1 AND 5),
    CONSTRAINT stakeholder_stance_ck CHECK (stance IN ('SUPPORTIVE', 'NEUTRAL', 'OPPOSED')),
    CONSTRAINT stakeholder_organisation_fk FOREIGN KEY (organisation_id) REFERENCES stakeholder (id),
    CONSTRAINT stakeholder_owner_fk FOREIGN KEY (owner_id) REFERENCES app_user (id),
    CONSTRAINT stakeholder_person_in_organisation_ck CHECK (kind = 'PERSON' OR organisation_id IS NULL)
);

CREATE INDEX stakeholder_search_trgm_idx ON stakeholder USING gin (search_text gin_trgm_ops);
CREATE INDEX stakeholder_kana_idx ON stakeholder (name_kana, id);
CREATE INDEX stakeholder_name_idx ON stakeholder (name, id);
CREATE INDEX stakeholder_category_idx ON stakeholder (category, name_kana);
CREATE INDEX stakeholder_owner_idx ON stakeholder (owner_id);
CREATE INDEX stakeholder_organisation_idx ON stakeholder (organisation_id);
CREATE INDEX stakeholder_grid_idx ON stakeholder (influence, interest);
CREATE INDEX stakeholder_retention_idx ON stakeholder (retention_date) WHERE anonymised_at IS NULL;

CREATE TABLE stakeholder_department (
    stakeholder_id bigint NOT NULL,
    department_id  bigint NOT NULL,
    CONSTRAINT stakeholder_department_pk PRIMARY KEY (stakeholder_id, department_id),
    CONSTRAINT stakeholder_department_stakeholder_fk FOREIGN KEY (stakeholder_id) REFERENCES stakeholder (id) ON DELETE CASCADE,
    CONSTRAINT stakeholder_department_department_fk FOREIGN KEY (department_id) REFERENCES department (id)
);

-- A liaison's list starts from their department.
CREATE INDEX stakeholder_department_department_idx ON stakeholder_department (department_id, stakeholder_id);

CREATE TABLE stakeholder_tag (
    stakeholder_id bigint      NOT NULL,
    tag            varchar(50) NOT NULL,
    CONSTRAINT stakeholder_tag_pk PRIMARY KEY (stakeholder_id, tag),
    CONSTRAINT stakeholder_tag_stakeholder_fk FOREIGN KEY (stakeholder_id) REFERENCES stakeholder (id) ON DELETE CASCADE
);

CREATE TABLE engagement (
    id               bigserial    NOT NULL,
    stakeholder_id   bigint       NOT NULL,
    occurred_on      date         NOT NULL,
    type             varchar(20)  NOT NULL,
    summary          text         NOT NULL,
    attendees        varchar(500),
    campaign_plan_id bigint,
    follow_up_on     date,
    follow_up_action varchar(500),
    follow_up_done   boolean      NOT NULL DEFAULT false,
    logged_by        varchar(64)  NOT NULL,
    logged_at        timestamptz  NOT NULL,
    CONSTRAINT engagement_pk PRIMARY KEY (id),
    CONSTRAINT engagement_stakeholder_fk FOREIGN KEY (stakeholder_id) REFERENCES stakeholder (id),
    CONSTRAINT engagement_plan_fk FOREIGN KEY (campaign_plan_id) REFERENCES campaign_plan (id),
    CONSTRAINT engagement_type_ck CHECK (type IN ('MEETING', 'BRIEFING', 'CALL', 'EMAIL', 'EVENT', 'CONSULTATION',
                                                  'PRESS_ENQUIRY')),
    CONSTRAINT engagement_follow_up_ck CHECK (follow_up_on IS NOT NULL OR follow_up_action IS NULL)
);

CREATE INDEX engagement_stakeholder_idx ON engagement (stakeholder_id, occurred_on DESC);
CREATE INDEX engagement_follow_up_idx ON engagement (follow_up_on) WHERE follow_up_on IS NOT NULL AND NOT follow_up_done;
CREATE INDEX engagement_month_idx ON engagement (occurred_on);
