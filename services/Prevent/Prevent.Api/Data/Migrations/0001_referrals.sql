CREATE TABLE referrals (
    id                    uuid          PRIMARY KEY,
    submitted_by_agency   varchar(100)  NOT NULL,
    intake_key            varchar(200)  NOT NULL,
    request_hash          varchar(64)   NOT NULL,
    referrer_agency       varchar(100)  NOT NULL,
    sector                varchar(20)   NOT NULL,
    person                jsonb         NOT NULL,
    age_band              varchar(10)   NOT NULL,
    person_match_key      varchar(64)   NULL,
    district              varchar(40)   NOT NULL,
    concerns              varchar(8000) NOT NULL,
    ideology              varchar(40)   NOT NULL,
    risk_flags            jsonb         NOT NULL,
    received_at           timestamptz   NOT NULL,
    received_on           date          NOT NULL,
    previous_referral_id  uuid          NULL,
    status                varchar(30)   NOT NULL,
    triage                jsonb         NULL,
    triaged_at            timestamptz   NULL,
    panel_decision        jsonb         NULL,
    panel_held_on         date          NULL,
    consent               jsonb         NULL,
    interventions         jsonb         NOT NULL,
    exited_on             date          NULL,
    follow_ups            jsonb         NOT NULL
);

-- Concurrent duplicates of one submission race to this index; the loser re-reads the winner.
CREATE UNIQUE INDEX ix_referrals_submitted_by_agency_intake_key ON referrals (submitted_by_agency, intake_key);
CREATE INDEX ix_referrals_person_match_key ON referrals (person_match_key);
CREATE INDEX ix_referrals_district_status ON referrals (district, status);
CREATE INDEX ix_referrals_received_on ON referrals (received_on);
