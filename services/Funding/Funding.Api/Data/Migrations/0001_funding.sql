-- Funds, their budget lines, rounds, applications, assessments, grants, claims, payments, monitoring returns, and
-- the local copy of Plans' priorities. Money is numeric(12,2) pounds.

CREATE TABLE priorities (
    id             uuid         PRIMARY KEY,
    title          varchar(200) NOT NULL,
    sponsor_agency varchar(100) NOT NULL,
    retired        boolean      NOT NULL,
    updated_at     timestamptz  NOT NULL
);

CREATE TABLE funds (
    id            uuid          PRIMARY KEY,
    code          varchar(100)  NOT NULL,
    name          varchar(200)  NOT NULL,
    purpose       varchar(4000) NOT NULL,
    basis         varchar(20)   NOT NULL,
    first_year    integer       NOT NULL,
    years         integer       NOT NULL,
    contributions jsonb         NOT NULL,
    created_at    timestamptz   NOT NULL
);

CREATE UNIQUE INDEX ix_funds_code ON funds (code);

-- The over-commitment guarantee's last line: whatever the code does, the database never holds committed > budget.
CREATE TABLE budget_lines (
    fund_id   uuid          NOT NULL REFERENCES funds (id),
    period    varchar(20)   NOT NULL,
    budget    numeric(12,2) NOT NULL,
    committed numeric(12,2) NOT NULL,
    paid      numeric(12,2) NOT NULL,
    PRIMARY KEY (fund_id, period),
    CONSTRAINT ck_budget_lines_never_over_committed CHECK (committed <= budget),
    CONSTRAINT ck_budget_lines_amounts_in_order CHECK (budget >= 0 AND committed >= 0 AND paid >= 0 AND paid <= committed)
);

CREATE TABLE rounds (
    id              uuid          PRIMARY KEY,
    fund_id         uuid          NOT NULL REFERENCES funds (id),
    title           varchar(200)  NOT NULL,
    opens_on        date          NOT NULL,
    closes_on       date          NOT NULL,
    applicant_types jsonb         NOT NULL,
    districts       jsonb         NOT NULL,
    minimum_award   numeric(12,2) NOT NULL,
    maximum_award   numeric(12,2) NOT NULL,
    priority_ids    jsonb         NOT NULL,
    questions       jsonb         NOT NULL,
    criteria        jsonb         NOT NULL,
    created_at      timestamptz   NOT NULL
);

CREATE INDEX ix_rounds_fund_id ON rounds (fund_id);

CREATE TABLE applications (
    id               uuid         PRIMARY KEY,
    round_id         uuid         NOT NULL REFERENCES rounds (id),
    fund_id          uuid         NOT NULL,
    applicant_agency varchar(100) NOT NULL,
    entered_by       varchar(200) NOT NULL,
    details          jsonb        NOT NULL,
    contact          jsonb        NOT NULL,
    status           varchar(20)  NOT NULL,
    submitted_at     timestamptz  NOT NULL,
    moderation       jsonb        NULL,
    decision         jsonb        NULL
);

CREATE INDEX ix_applications_applicant_agency_id ON applications (applicant_agency, id);
CREATE INDEX ix_applications_round_id_id ON applications (round_id, id);

CREATE TABLE assessments (
    id                  uuid          PRIMARY KEY,
    application_id      uuid          NOT NULL REFERENCES applications (id),
    assessor_id         varchar(200)  NOT NULL,
    assessor_agency     varchar(100)  NOT NULL,
    assigned_at         timestamptz   NOT NULL,
    scores              jsonb         NOT NULL,
    weighted_score      numeric(5,1)  NULL,
    comment             varchar(4000) NULL,
    scored_at           timestamptz   NULL,
    conflict_of_interest varchar(1000) NULL
);

CREATE UNIQUE INDEX ix_assessments_application_id_assessor_id ON assessments (application_id, assessor_id);
CREATE INDEX ix_assessments_assessor_id ON assessments (assessor_id);

CREATE TABLE grants (
    id                     uuid          PRIMARY KEY,
    application_id         uuid          NULL,
    fund_id                uuid          NOT NULL,
    round_id               uuid          NULL,
    priority_id            uuid          NOT NULL,
    budget_period          varchar(20)   NOT NULL,
    amount                 numeric(12,2) NOT NULL,
    amount_requested       numeric(12,2) NOT NULL,
    conditions             varchar(4000) NULL,
    project_title          varchar(200)  NOT NULL,
    summary                varchar(4000) NOT NULL,
    recipient_organisation varchar(200)  NOT NULL,
    recipient_agency       varchar(100)  NOT NULL,
    charity_number         varchar(20)   NULL,
    company_number         varchar(20)   NULL,
    districts              jsonb         NOT NULL,
    objectives             jsonb         NOT NULL,
    period_start           date          NOT NULL,
    period_end             date          NOT NULL,
    awarded_on             date          NOT NULL,
    status                 varchar(20)   NOT NULL,
    accepted_at            timestamptz   NULL,
    claimed                numeric(12,2) NOT NULL,
    paid                   numeric(12,2) NOT NULL,
    variations             jsonb         NOT NULL,
    outcome                jsonb         NULL,
    FOREIGN KEY (fund_id, budget_period) REFERENCES budget_lines (fund_id, period),
    CONSTRAINT ck_grants_claims_within_award CHECK (paid <= claimed AND claimed <= amount)
);

CREATE UNIQUE INDEX ix_grants_application_id ON grants (application_id);
CREATE INDEX ix_grants_priority_id_status ON grants (priority_id, status);
CREATE INDEX ix_grants_recipient_agency_id ON grants (recipient_agency, id);

CREATE TABLE claims (
    id           uuid          PRIMARY KEY,
    grant_id     uuid          NOT NULL REFERENCES grants (id),
    period_from  date          NOT NULL,
    period_to    date          NOT NULL,
    amount       numeric(12,2) NOT NULL,
    status       varchar(20)   NOT NULL,
    query_reason varchar(2000) NULL,
    submitted_at timestamptz   NOT NULL
);

CREATE INDEX ix_claims_grant_id_id ON claims (grant_id, id);

CREATE TABLE payments (
    id          uuid          PRIMARY KEY,
    grant_id    uuid          NOT NULL REFERENCES grants (id),
    claim_id    uuid          NOT NULL REFERENCES claims (id),
    amount      numeric(12,2) NOT NULL,
    paid_on     date          NOT NULL,
    recorded_at timestamptz   NOT NULL
);

CREATE UNIQUE INDEX ix_payments_claim_id ON payments (claim_id);
CREATE INDEX ix_payments_grant_id_id ON payments (grant_id, id);

CREATE TABLE monitoring_returns (
    id             uuid          PRIMARY KEY,
    grant_id       uuid          NOT NULL REFERENCES grants (id),
    financial_year varchar(7)    NOT NULL,
    quarter        integer       NOT NULL,
    progress       jsonb         NOT NULL,
    spend_to_date  numeric(12,2) NOT NULL,
    commentary     varchar(4000) NULL,
    submitted_at   timestamptz   NOT NULL
);

CREATE UNIQUE INDEX ix_monitoring_returns_grant_id_financial_year_quarter ON monitoring_returns (grant_id, financial_year, quarter);
