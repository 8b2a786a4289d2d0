-- Retention of free-text comments (docs/data-protection.md): when the respondent's words were removed (null while held).
ALTER TABLE comments ADD COLUMN text_removed_at timestamptz NULL;
CREATE INDEX ix_comments_text_held ON comments (consultation_id) WHERE text_removed_at IS NULL;
