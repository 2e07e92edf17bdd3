-- Engagements per month and stakeholder category, for the analytics page: counting a
-- million engagements on every view costs more than the page may. EngagementRollup (a
-- locked scheduled job) fills it for the months before covers_before; later engagements
-- are counted live.
CREATE TABLE engagement_month_rollup (
    month       date        NOT NULL,
    category    varchar(30) NOT NULL,
    engagements integer     NOT NULL,
    CONSTRAINT engagement_month_rollup_pk PRIMARY KEY (month, category)
);

CREATE TABLE engagement_rollup_state (
    id             smallint    NOT NULL DEFAULT 1,
    covers_before  date        NOT NULL,
    refreshed_at   timestamptz NOT NULL,
    CONSTRAINT engagement_rollup_state_pk PRIMARY KEY (id),
    CONSTRAINT engagement_rollup_state_one_row_ck CHECK (id = 1)
);
