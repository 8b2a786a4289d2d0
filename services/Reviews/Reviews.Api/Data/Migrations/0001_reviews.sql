CREATE SEQUENCE review_reference_numbers;

CREATE TABLE review_cases (
    id                       uuid         PRIMARY KEY,
    reference                varchar(20)  NOT NULL,
    district                 varchar(40)  NOT NULL,
    notification             jsonb        NOT NULL,
    criteria                 jsonb        NOT NULL,
    notified_at              timestamptz  NOT NULL,
    notified_on              date         NOT NULL,
    decision_due_on          date         NOT NULL,
    stage                    varchar(40)  NOT NULL,
    decision                 jsonb        NULL,
    commissioning            jsonb        NULL,
    holds                    jsonb        NOT NULL,
    extensions               jsonb        NOT NULL,
    contributions            jsonb        NOT NULL,
    report                   jsonb        NOT NULL,
    recommendations          jsonb        NOT NULL,
    published_on             date         NULL,
    sent_to_commissioner_on  date         NULL
);

CREATE UNIQUE INDEX ix_review_cases_reference ON review_cases (reference);
CREATE INDEX ix_review_cases_district_notified_on ON review_cases (district, notified_on);

-- Names and family details: the only identifying data in the service, kept apart so every read of it is deliberate.
CREATE TABLE restricted_records (
    review_id         uuid           PRIMARY KEY REFERENCES review_cases (id),
    victim_name       varchar(200)   NULL,
    perpetrator_name  varchar(200)   NULL,
    notes             varchar(20000) NULL,
    family            jsonb          NOT NULL,
    family_contacts   jsonb          NOT NULL
);
