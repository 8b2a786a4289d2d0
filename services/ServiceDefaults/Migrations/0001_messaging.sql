-- Reliable messaging, shared by every service (docs/architecture.md, "Reliable messaging").
-- Mapped by Platform.ServiceDefaults.Messaging.MessagingModelBuilderExtensions.AddOutboxAndInbox; keep the two in step.

-- Integration events written in the same transaction as the state change they report; the relay publishes them.
CREATE TABLE outbox_messages (
    id               uuid        NOT NULL,                  -- the event's EventId, published as the MessageId
    message_type     text        NOT NULL,                  -- wire type: the event's MessageUrn
    payload          jsonb       NOT NULL,
    headers          jsonb       NOT NULL,                  -- W3C traceparent/tracestate captured at write time
    occurred_at      timestamptz NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    attempts         integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),    -- database clock, so every replica agrees when a row is due
    last_error       text        NULL,
    dispatched_at    timestamptz NULL,
    dead_lettered_at timestamptz NULL,
    CONSTRAINT pk_outbox_messages PRIMARY KEY (id)
);

-- The relay's claim query and the pending gauges read only rows still to publish.
CREATE INDEX ix_outbox_messages_pending ON outbox_messages (next_attempt_at, id)
    WHERE dispatched_at IS NULL AND dead_lettered_at IS NULL;
CREATE INDEX ix_outbox_messages_dispatched_at ON outbox_messages (dispatched_at)
    WHERE dispatched_at IS NOT NULL;
CREATE INDEX ix_outbox_messages_dead_lettered_at ON outbox_messages (dead_lettered_at)
    WHERE dead_lettered_at IS NOT NULL;

-- One row per message a consumer has applied, written in the consumer's own transaction: a redelivery finds it and is skipped.
CREATE TABLE inbox_messages (
    message_id   uuid        NOT NULL,
    consumer     text        NOT NULL,
    processed_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_inbox_messages PRIMARY KEY (message_id, consumer)
);

CREATE INDEX ix_inbox_messages_processed_at ON inbox_messages (processed_at);
