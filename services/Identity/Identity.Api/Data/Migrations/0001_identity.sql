-- OpenIddict's stores (clients, authorizations, scopes, tokens: codes and refresh tokens, which it encrypts) and the
-- people who can sign in. Generated from the EF model (GenerateCreateScript), as the schema verifier checks.
CREATE TABLE open_iddict_applications (
    id text NOT NULL,
    application_type character varying(50),
    client_id character varying(100),
    client_secret text,
    client_type character varying(50),
    concurrency_token character varying(50),
    consent_type character varying(50),
    display_name text,
    display_names text,
    json_web_key_set text,
    permissions text,
    post_logout_redirect_uris text,
    properties text,
    redirect_uris text,
    requirements text,
    settings text,
    CONSTRAINT pk_open_iddict_applications PRIMARY KEY (id)
);

CREATE TABLE open_iddict_scopes (
    id text NOT NULL,
    concurrency_token character varying(50),
    description text,
    descriptions text,
    display_name text,
    display_names text,
    name character varying(200),
    properties text,
    resources text,
    CONSTRAINT pk_open_iddict_scopes PRIMARY KEY (id)
);

CREATE TABLE user_account (
    subject character varying(200) NOT NULL,
    user_name character varying(200),
    password_hash text,
    external_provider text,
    display_name text NOT NULL,
    agency text NOT NULL,
    roles text[] NOT NULL,
    district text,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_user_account PRIMARY KEY (subject)
);

CREATE TABLE open_iddict_authorizations (
    id text NOT NULL,
    application_id text,
    concurrency_token character varying(50),
    creation_date timestamp with time zone,
    properties text,
    scopes text,
    status character varying(50),
    subject character varying(400),
    type character varying(50),
    CONSTRAINT pk_open_iddict_authorizations PRIMARY KEY (id),
    CONSTRAINT fk_open_iddict_authorizations_application FOREIGN KEY (application_id) REFERENCES open_iddict_applications (id)
);

CREATE TABLE open_iddict_tokens (
    id text NOT NULL,
    application_id text,
    authorization_id text,
    concurrency_token character varying(50),
    creation_date timestamp with time zone,
    expiration_date timestamp with time zone,
    payload text,
    properties text,
    redemption_date timestamp with time zone,
    reference_id character varying(100),
    status character varying(50),
    subject character varying(400),
    type character varying(150),
    CONSTRAINT pk_open_iddict_tokens PRIMARY KEY (id),
    CONSTRAINT fk_open_iddict_tokens_application FOREIGN KEY (application_id) REFERENCES open_iddict_applications (id),
    CONSTRAINT fk_open_iddict_tokens_authorization FOREIGN KEY (authorization_id) REFERENCES open_iddict_authorizations (id)
);

CREATE UNIQUE INDEX ix_open_iddict_applications_client_id ON open_iddict_applications (client_id);

CREATE INDEX ix_open_iddict_authorizations_lookup ON open_iddict_authorizations (application_id, status, subject, type);

CREATE UNIQUE INDEX ix_open_iddict_scopes_name ON open_iddict_scopes (name);

CREATE INDEX ix_open_iddict_tokens_lookup ON open_iddict_tokens (application_id, status, subject, type);

CREATE INDEX ix_open_iddict_tokens_authorization_id ON open_iddict_tokens (authorization_id);

CREATE UNIQUE INDEX ix_open_iddict_tokens_reference_id ON open_iddict_tokens (reference_id);

CREATE UNIQUE INDEX ix_user_account_user_name ON user_account (user_name);

