CREATE TABLE priorities (
    id              uuid         PRIMARY KEY,
    title           varchar(200) NOT NULL,
    description     varchar(4000) NOT NULL,
    strategic_theme varchar(200) NOT NULL,
    sponsor_agency  varchar(100) NOT NULL,
    lead_officer    varchar(200) NOT NULL,
    delivery_group  varchar(200) NULL,
    status          varchar(20)  NOT NULL,
    proposed_at     timestamptz  NOT NULL,
    adopted_at      timestamptz  NULL,
    retired_at      timestamptz  NULL
);

CREATE INDEX ix_priorities_status_id ON priorities (status, id);
