CREATE TABLE trigger_cases (
    id                    uuid          PRIMARY KEY,
    district              varchar(40)   NOT NULL,
    channel               varchar(20)   NOT NULL,
    applicant             jsonb         NOT NULL,
    problem_summary       varchar(4000) NOT NULL,
    incidents             jsonb         NOT NULL,
    people_affected       jsonb         NOT NULL,
    applicant_count       integer       NOT NULL,
    status_token_hash     varchar(64)   NOT NULL,
    received_at           timestamptz   NOT NULL,
    received_on           date          NOT NULL,
    decision_due_on       date          NOT NULL,
    status                varchar(30)   NOT NULL,
    threshold_decision    jsonb         NULL,
    threshold_decided_at  timestamptz   NULL,
    threshold_met         boolean       NULL,
    threshold_decided_on  date          NULL,
    review_meeting        jsonb         NULL,
    review_held_on        date          NULL,
    outcome_letter        varchar(20000) NULL,
    outcome_sent_at       timestamptz   NULL,
    appeal_due_on         date          NULL,
    appeal                jsonb         NULL,
    closed_at             timestamptz   NULL
);

CREATE UNIQUE INDEX ix_trigger_cases_status_token_hash ON trigger_cases (status_token_hash);
CREATE INDEX ix_trigger_cases_district_status_decision_due_on ON trigger_cases (district, status, decision_due_on);
CREATE INDEX ix_trigger_cases_received_on ON trigger_cases (received_on);

CREATE TABLE recommendations (
    id               uuid          PRIMARY KEY,
    case_id          uuid          NOT NULL REFERENCES trigger_cases (id),
    text             varchar(2000) NOT NULL,
    owner_agency     varchar(100)  NOT NULL,
    due_on           date          NOT NULL,
    made_at          timestamptz   NOT NULL,
    completed_at     timestamptz   NULL,
    completion_note  varchar(2000) NULL
);

CREATE INDEX ix_recommendations_case_id ON recommendations (case_id);
CREATE INDEX ix_recommendations_owner_agency_due_on ON recommendations (owner_agency, due_on);
