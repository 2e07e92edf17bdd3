-- Crisis communication: incidents with an append-only timeline, the stakeholders to inform,
-- holding statements approved by the CMO in numbered versions (also kept as a library of
-- pre-cleared lines per scenario), and rumours / misinformation.
CREATE TABLE crisis_incident (
    id           bigserial    NOT NULL,
    title        varchar(200) NOT NULL,
    description  text         NOT NULL,
    severity     smallint     NOT NULL,
    status       varchar(12)  NOT NULL,
    scenario     varchar(20),
    owner_id     bigint       NOT NULL,
    opened_at    timestamptz  NOT NULL,
    resolved_at  timestamptz,
    version      bigint       NOT NULL DEFAULT 0,
    created_at   timestamptz  NOT NULL,
    created_by   varchar(64)  NOT NULL,
    modified_at  timestamptz  NOT NULL,
    modified_by  varchar(64)  NOT NULL,
    CONSTRAINT crisis_incident_pk PRIMARY KEY (id),
    CONSTRAINT crisis_incident_severity_ck CHECK (severity BETWEEN 1 AND 4),
    CONSTRAINT crisis_incident_status_ck CHECK (status IN ('OPEN', 'MONITORING', 'RESOLVED')),
    CONSTRAINT crisis_incident_scenario_ck CHECK (scenario IN ('DISASTER', 'DATA_BREACH', 'PRODUCT_SAFETY',
                                                               'MISCONDUCT', 'MISINFORMATION')),
    CONSTRAINT crisis_incident_owner_fk FOREIGN KEY (owner_id) REFERENCES app_user (id),
    CONSTRAINT crisis_incident_resolved_ck CHECK ((status = 'RESOLVED') = (resolved_at IS NOT NULL))
);

-- The banner on every page asks for open serious incidents.
CREATE INDEX crisis_incident_alert_idx ON crisis_incident (severity, status) WHERE status <> 'RESOLVED';
CREATE INDEX crisis_incident_opened_idx ON crisis_incident (opened_at DESC, id DESC);

CREATE TABLE crisis_incident_department (
    incident_id   bigint NOT NULL,
    department_id bigint NOT NULL,
    CONSTRAINT crisis_incident_department_pk PRIMARY KEY (incident_id, department_id),
    CONSTRAINT crisis_incident_department_incident_fk FOREIGN KEY (incident_id) REFERENCES crisis_incident (id) ON DELETE CASCADE,
    CONSTRAINT crisis_incident_department_department_fk FOREIGN KEY (department_id) REFERENCES department (id)
);

CREATE INDEX crisis_incident_department_department_idx ON crisis_incident_department (department_id, incident_id);

CREATE TABLE crisis_timeline_entry (
    id          bigserial   NOT NULL,
    incident_id bigint      NOT NULL,
    occurred_at timestamptz NOT NULL,
    author      varchar(64) NOT NULL,
    kind        varchar(12) NOT NULL,
    text        text        NOT NULL,
    CONSTRAINT crisis_timeline_entry_pk PRIMARY KEY (id),
    CONSTRAINT crisis_timeline_entry_kind_ck CHECK (kind IN ('NOTE', 'STATUS', 'STATEMENT', 'OPENED')),
    CONSTRAINT crisis_timeline_entry_incident_fk FOREIGN KEY (incident_id) REFERENCES crisis_incident (id)
);

CREATE INDEX crisis_timeline_entry_incident_idx ON crisis_timeline_entry (incident_id, occurred_at, id);

-- What was said and when during a crisis is a record: entries are never changed or removed.
CREATE FUNCTION crisis_timeline_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'crisis timeline entries cannot be changed or removed'
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER crisis_timeline_entry_append_only BEFORE UPDATE OR DELETE ON crisis_timeline_entry
    FOR EACH ROW EXECUTE FUNCTION crisis_timeline_is_append_only();
CREATE TRIGGER crisis_timeline_entry_no_truncate BEFORE TRUNCATE ON crisis_timeline_entry
    FOR EACH STATEMENT EXECUTE FUNCTION crisis_timeline_is_append_only();

CREATE TABLE crisis_stakeholder (
    incident_id    bigint      NOT NULL,
    stakeholder_id bigint      NOT NULL,
    notified_at    timestamptz,
    notified_by    varchar(64),
    CONSTRAINT crisis_stakeholder_pk PRIMARY KEY (incident_id, stakeholder_id),
    CONSTRAINT crisis_stakeholder_incident_fk FOREIGN KEY (incident_id) REFERENCES crisis_incident (id) ON DELETE CASCADE,
    CONSTRAINT crisis_stakeholder_stakeholder_fk FOREIGN KEY (stakeholder_id) REFERENCES stakeholder (id)
);

-- A holding statement of an incident, or (without an incident) a pre-cleared line of the
-- library for a scenario.
CREATE TABLE holding_statement (
    id              bigserial    NOT NULL,
    incident_id     bigint,
    scenario        varchar(20),
    title           varchar(200) NOT NULL,
    status          varchar(12)  NOT NULL,
    text_ja         text         NOT NULL,
    text_en         text,
    from_library_id bigint,
    return_reason   text,
    submitted_at    timestamptz,
    submitted_by    varchar(64),
    version         bigint       NOT NULL DEFAULT 0,
    created_at      timestamptz  NOT NULL,
    created_by      varchar(64)  NOT NULL,
    modified_at     timestamptz  NOT NULL,
    modified_by     varchar(64)  NOT NULL,
    CONSTRAINT holding_statement_pk PRIMARY KEY (id),
    CONSTRAINT holding_statement_status_ck CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    CONSTRAINT holding_statement_incident_fk FOREIGN KEY (incident_id) REFERENCES crisis_incident (id),
    CONSTRAINT holding_statement_library_fk FOREIGN KEY (from_library_id) REFERENCES holding_statement (id),
    CONSTRAINT holding_statement_kind_ck CHECK ((incident_id IS NULL) = (scenario IS NOT NULL)),
    CONSTRAINT holding_statement_scenario_ck CHECK (scenario IN ('DISASTER', 'DATA_BREACH', 'PRODUCT_SAFETY',
                                                                 'MISCONDUCT', 'MISINFORMATION'))
);

CREATE UNIQUE INDEX holding_statement_incident_uk ON holding_statement (incident_id) WHERE incident_id IS NOT NULL;
CREATE INDEX holding_statement_scenario_idx ON holding_statement (scenario) WHERE scenario IS NOT NULL;

CREATE TABLE holding_statement_version (
    id           bigserial   NOT NULL,
    statement_id bigint      NOT NULL,
    number       integer     NOT NULL,
    text_ja      text        NOT NULL,
    text_en      text,
    approved_at  timestamptz NOT NULL,
    approved_by  varchar(64) NOT NULL,
    fast_track   boolean     NOT NULL,
    CONSTRAINT holding_statement_version_pk PRIMARY KEY (id),
    CONSTRAINT holding_statement_version_statement_fk FOREIGN KEY (statement_id) REFERENCES holding_statement (id),
    CONSTRAINT holding_statement_version_uk UNIQUE (statement_id, number)
);

CREATE FUNCTION holding_statement_version_is_final() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'an approved holding statement version cannot change'
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER holding_statement_version_final BEFORE UPDATE OR DELETE ON holding_statement_version
    FOR EACH ROW EXECUTE FUNCTION holding_statement_version_is_final();

CREATE TABLE rumour (
    id              bigserial    NOT NULL,
    incident_id     bigint,
    claim           text         NOT NULL,
    first_seen      date         NOT NULL,
    channel         varchar(20)  NOT NULL,
    estimated_reach bigint,
    fact_check      varchar(12)  NOT NULL,
    sources         text,
    response        varchar(20)  NOT NULL,
    response_status varchar(12)  NOT NULL,
    version         bigint       NOT NULL DEFAULT 0,
    created_at      timestamptz  NOT NULL,
    created_by      varchar(64)  NOT NULL,
    modified_at     timestamptz  NOT NULL,
    modified_by     varchar(64)  NOT NULL,
    CONSTRAINT rumour_pk PRIMARY KEY (id),
    CONSTRAINT rumour_incident_fk FOREIGN KEY (incident_id) REFERENCES crisis_incident (id),
    CONSTRAINT rumour_channel_ck CHECK (channel IN ('SNS', 'NEWS', 'WEB_FORUM', 'WORD_OF_MOUTH', 'OTHER')),
    CONSTRAINT rumour_fact_check_ck CHECK (fact_check IN ('TRUE', 'FALSE', 'MISLEADING', 'UNVERIFIED')),
    CONSTRAINT rumour_response_ck CHECK (response IN ('STATEMENT', 'CORRECTION_REQUEST', 'FAQ_UPDATE', 'NONE')),
    CONSTRAINT rumour_response_status_ck CHECK (response_status IN ('PLANNED', 'IN_PROGRESS', 'DONE')),
    CONSTRAINT rumour_reach_ck CHECK (estimated_reach IS NULL OR estimated_reach >= 0)
);

CREATE INDEX rumour_incident_idx ON rumour (incident_id);
CREATE INDEX rumour_first_seen_idx ON rumour (first_seen DESC, id DESC);
