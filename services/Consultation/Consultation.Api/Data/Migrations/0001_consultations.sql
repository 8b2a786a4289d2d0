CREATE TABLE consultations (
    id                    uuid          PRIMARY KEY,
    title                 varchar(200)  NOT NULL,
    purpose               varchar(4000) NOT NULL,
    owners                jsonb         NOT NULL,
    audience              varchar(500)  NOT NULL,
    opens_on              date          NOT NULL,
    closes_on             date          NOT NULL,
    status                varchar(30)   NOT NULL,
    previous_wave_id      uuid          NULL REFERENCES consultations (id),
    plan_id               uuid          NULL,
    revision_of           uuid          NULL REFERENCES consultations (id),
    questions             jsonb         NOT NULL,
    code_frame            jsonb         NOT NULL,
    you_said_we_did       jsonb         NULL,
    created_at            timestamptz   NOT NULL,
    opened_at             timestamptz   NULL,
    closed_at             timestamptz   NULL,
    results_published_at  timestamptz   NULL,
    synthetic             boolean       NOT NULL
);

CREATE INDEX ix_consultations_status ON consultations (status);

-- Only submitted responses are stored. A browser's session token (hashed) answers once per consultation; staff
-- entries and workshop batches have none (NULLs never clash in a unique index).
CREATE TABLE responses (
    id                  uuid          PRIMARY KEY,
    consultation_id     uuid          NOT NULL REFERENCES consultations (id),
    channel             varchar(20)   NOT NULL,
    session_token_hash  varchar(64)   NULL,
    district            varchar(40)   NULL,
    area_type           varchar(20)   NULL,
    age_band            varchar(20)   NULL,
    respondents         integer       NOT NULL,
    batch_label         varchar(200)  NULL,
    entered_by          varchar(200)  NULL,
    submitted_at        timestamptz   NOT NULL,
    synthetic           boolean       NOT NULL
);

CREATE UNIQUE INDEX ix_responses_consultation_id_session_token_hash ON responses (consultation_id, session_token_hash);

-- What results are summed from (see AnswerRow). The covering index lets the results query read the index alone.
CREATE TABLE answers (
    id               bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    consultation_id  uuid          NOT NULL,
    response_id      uuid          NOT NULL REFERENCES responses (id),
    question_id      varchar(60)   NOT NULL,
    row_code         varchar(60)   NULL,
    option_code      varchar(60)   NULL,
    rank             smallint      NULL,
    number           numeric       NULL,
    district         varchar(40)   NULL,
    area_type        varchar(20)   NULL,
    weight           integer       NOT NULL
);

CREATE INDEX ix_answers_consultation_id ON answers (consultation_id)
    INCLUDE (question_id, row_code, option_code, rank, number, district, area_type, weight);
CREATE INDEX ix_answers_response_id ON answers (response_id);

-- Free text: personal data until reviewed; never copied into events or logs.
CREATE TABLE comments (
    id                 uuid          PRIMARY KEY,
    consultation_id    uuid          NOT NULL,
    response_id        uuid          NOT NULL REFERENCES responses (id),
    question_id        varchar(60)   NOT NULL,
    text               varchar(4000) NOT NULL,
    district           varchar(40)   NULL,
    submitted_at       timestamptz   NOT NULL,
    themes             jsonb         NOT NULL,
    coded_by           varchar(200)  NULL,
    check_themes       jsonb         NULL,
    checked_by         varchar(200)  NULL,
    quote              varchar(1000) NULL,
    quote_reviewed_by  varchar(200)  NULL
);

CREATE INDEX ix_comments_consultation_id_submitted_at ON comments (consultation_id, submitted_at);
CREATE INDEX ix_comments_response_id ON comments (response_id);
