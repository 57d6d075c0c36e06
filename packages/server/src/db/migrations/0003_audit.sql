-- Append-only audit trail. Each entry carries the SHA-256 of its own canonical form, which includes the
-- previous entry's hash, so editing or deleting any entry breaks the chain (checked by npm run audit:verify).
CREATE TABLE audit_log (
  seq          bigint PRIMARY KEY,
  at           timestamptz NOT NULL,
  actor_id     uuid,
  actor_role   text,
  action       text NOT NULL,
  entity_type  text NOT NULL,
  entity_id    text,
  region_code  text,
  ip           text,
  user_agent   text,
  details      jsonb NOT NULL DEFAULT '{}',
  prev_hash    text NOT NULL,
  hash         text NOT NULL UNIQUE
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, at);
COMMENT ON COLUMN audit_log.seq IS 'Gap-free position in the chain, assigned under an advisory lock';
COMMENT ON COLUMN audit_log.details IS 'Action-specific facts; never a full NIK or KK number';

-- Updates and deletes are refused by the database itself, not just by the application.
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
