-- Stored as a message key and its arguments so that each reader sees it in their own language.
CREATE TABLE notification (
    id           bigserial     NOT NULL,
    recipient_id bigint        NOT NULL,
    message_key  varchar(100)  NOT NULL,
    arguments    varchar(1000),
    link         varchar(255),
    created_at   timestamptz   NOT NULL,
    read_at      timestamptz,
    CONSTRAINT notification_pk PRIMARY KEY (id),
    CONSTRAINT notification_recipient_fk FOREIGN KEY (recipient_id) REFERENCES app_user (id)
);

CREATE INDEX notification_recipient_idx ON notification (recipient_id, created_at DESC);
CREATE INDEX notification_unread_idx ON notification (recipient_id) WHERE read_at IS NULL;
