-- The brand book: numbered published editions that never change, and at most one draft
-- that the office edits. Sections in Markdown, the colour palette, the compliance
-- checklist that campaign reviewers tick, and the files (logos, fonts, templates).
CREATE TABLE brand_edition (
    id           bigserial   NOT NULL,
    number       integer,
    status       varchar(10) NOT NULL,
    based_on     integer,
    change_note  text,
    published_at timestamptz,
    published_by varchar(64),
    version      bigint      NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL,
    created_by   varchar(64) NOT NULL,
    modified_at  timestamptz NOT NULL,
    modified_by  varchar(64) NOT NULL,
    CONSTRAINT brand_edition_pk PRIMARY KEY (id),
    CONSTRAINT brand_edition_status_ck CHECK (status IN ('DRAFT', 'PUBLISHED')),
    CONSTRAINT brand_edition_published_ck CHECK (
        (status = 'DRAFT' AND number IS NULL AND published_at IS NULL)
        OR (status = 'PUBLISHED' AND number > 0 AND published_at IS NOT NULL AND published_by IS NOT NULL
            AND change_note IS NOT NULL))
);

CREATE UNIQUE INDEX brand_edition_number_uk ON brand_edition (number);
-- One draft at a time, whatever the application does.
CREATE UNIQUE INDEX brand_edition_one_draft_uk ON brand_edition ((true)) WHERE status = 'DRAFT';

CREATE TABLE brand_section (
    id         bigserial   NOT NULL,
    edition_id bigint      NOT NULL,
    position   integer     NOT NULL,
    section    varchar(30) NOT NULL,
    body       text        NOT NULL,
    CONSTRAINT brand_section_pk PRIMARY KEY (id),
    CONSTRAINT brand_section_edition_fk FOREIGN KEY (edition_id) REFERENCES brand_edition (id) ON DELETE CASCADE,
    CONSTRAINT brand_section_uk UNIQUE (edition_id, section)
);

CREATE TABLE brand_colour (
    id         bigserial    NOT NULL,
    edition_id bigint       NOT NULL,
    position   integer      NOT NULL,
    name       varchar(100) NOT NULL,
    hex        varchar(7)   NOT NULL,
    usage      varchar(500),
    CONSTRAINT brand_colour_pk PRIMARY KEY (id),
    CONSTRAINT brand_colour_edition_fk FOREIGN KEY (edition_id) REFERENCES brand_edition (id) ON DELETE CASCADE,
    CONSTRAINT brand_colour_hex_ck CHECK (hex ~ '^#[0-9A-F]{6}$')
);

CREATE INDEX brand_colour_edition_idx ON brand_colour (edition_id);

CREATE TABLE brand_check_item (
    id         bigserial    NOT NULL,
    edition_id bigint       NOT NULL,
    position   integer      NOT NULL,
    code       varchar(30)  NOT NULL,
    text_ja    varchar(300) NOT NULL,
    text_en    varchar(300) NOT NULL,
    CONSTRAINT brand_check_item_pk PRIMARY KEY (id),
    CONSTRAINT brand_check_item_edition_fk FOREIGN KEY (edition_id) REFERENCES brand_edition (id) ON DELETE CASCADE,
    CONSTRAINT brand_check_item_uk UNIQUE (edition_id, code)
);

-- Files are written once and shared by the editions that list them.
CREATE TABLE brand_asset (
    id           bigserial    NOT NULL,
    filename     varchar(255) NOT NULL,
    content_type varchar(100) NOT NULL,
    size_bytes   bigint       NOT NULL,
    description  varchar(200),
    content      bytea        NOT NULL,
    uploaded_by  varchar(64)  NOT NULL,
    uploaded_at  timestamptz  NOT NULL,
    CONSTRAINT brand_asset_pk PRIMARY KEY (id),
    CONSTRAINT brand_asset_size_ck CHECK (size_bytes BETWEEN 1 AND 10485760)
);

CREATE TABLE brand_edition_asset (
    edition_id bigint NOT NULL,
    asset_id   bigint NOT NULL,
    CONSTRAINT brand_edition_asset_pk PRIMARY KEY (edition_id, asset_id),
    CONSTRAINT brand_edition_asset_edition_fk FOREIGN KEY (edition_id) REFERENCES brand_edition (id) ON DELETE CASCADE,
    CONSTRAINT brand_edition_asset_asset_fk FOREIGN KEY (asset_id) REFERENCES brand_asset (id)
);

CREATE INDEX brand_edition_asset_asset_idx ON brand_edition_asset (asset_id);

-- A published edition is the record of what the office required at the time: neither
-- it nor anything in it may change, whatever writes to the database.
CREATE FUNCTION brand_edition_published_is_final() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF OLD.status = 'PUBLISHED' THEN
        RAISE EXCEPTION 'brand edition % is published and cannot change', OLD.number
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;

CREATE TRIGGER brand_edition_final
    BEFORE UPDATE OR DELETE ON brand_edition
    FOR EACH ROW EXECUTE FUNCTION brand_edition_published_is_final();

CREATE FUNCTION brand_part_of_draft_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    row_edition bigint;
BEGIN
    row_edition := CASE WHEN TG_OP = 'INSERT' THEN NEW.edition_id ELSE OLD.edition_id END;
    IF EXISTS (SELECT 1 FROM brand_edition WHERE id = row_edition AND status = 'PUBLISHED') THEN
        RAISE EXCEPTION 'brand edition % is published and cannot change', row_edition
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;

CREATE TRIGGER brand_section_final BEFORE INSERT OR UPDATE OR DELETE ON brand_section
    FOR EACH ROW EXECUTE FUNCTION brand_part_of_draft_only();
CREATE TRIGGER brand_colour_final BEFORE INSERT OR UPDATE OR DELETE ON brand_colour
    FOR EACH ROW EXECUTE FUNCTION brand_part_of_draft_only();
CREATE TRIGGER brand_check_item_final BEFORE INSERT OR UPDATE OR DELETE ON brand_check_item
    FOR EACH ROW EXECUTE FUNCTION brand_part_of_draft_only();
CREATE TRIGGER brand_edition_asset_final BEFORE INSERT OR UPDATE OR DELETE ON brand_edition_asset
    FOR EACH ROW EXECUTE FUNCTION brand_part_of_draft_only();

CREATE FUNCTION brand_asset_is_final() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'brand assets are written once' USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER brand_asset_final BEFORE UPDATE ON brand_asset
    FOR EACH ROW EXECUTE FUNCTION brand_asset_is_final();
