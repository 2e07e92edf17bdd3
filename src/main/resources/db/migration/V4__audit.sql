CREATE TABLE audit_event (
    id             bigserial     NOT NULL,
    occurred_at    timestamptz   NOT NULL,
    actor          varchar(64)   NOT NULL,
    action         varchar(40)   NOT NULL,
    entity_type    varchar(40),
    entity_id      varchar(64),
    summary        varchar(2000),
    client_address varchar(64),
    CONSTRAINT audit_event_pk PRIMARY KEY (id)
);

CREATE INDEX audit_event_occurred_idx ON audit_event (occurred_at DESC, id DESC);
CREATE INDEX audit_event_actor_idx ON audit_event (lower(actor), occurred_at DESC);
CREATE INDEX audit_event_action_idx ON audit_event (action, occurred_at DESC);
CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id);

-- The audit trail is append-only: the database itself refuses to change or remove it,
-- whatever the application or a person with its credentials tries.
CREATE FUNCTION audit_event_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_event_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();

-- Row triggers do not fire on TRUNCATE.
CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
