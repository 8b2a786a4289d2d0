CREATE TABLE live_priorities (
    priority_id uuid PRIMARY KEY,
    title       text NOT NULL,
    adopted_at  timestamptz NOT NULL
);
