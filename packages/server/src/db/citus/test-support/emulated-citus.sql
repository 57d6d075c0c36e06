-- A stand-in for the parts of Citus the distribution step calls, so the step runs in every `npm test` on
-- PGlite and PostgreSQL (Citus itself is not in Debian, CI cannot run it). It records what would be
-- distributed in a pg_dist_partition look-alike and refuses what Citus 13 refuses when a table is
-- distributed: triggers, a unique key without the distribution column, a foreign key from or to a table that
-- is not distributed yet, and a reference table referencing a distributed one.
CREATE SCHEMA citus_emulation;
CREATE TABLE citus_emulation.partition (
  logicalrelid regclass PRIMARY KEY,
  partmethod   text NOT NULL,
  partkey      text,
  colocationid integer NOT NULL,
  repmodel     text NOT NULL
);
CREATE TABLE citus_emulation.truncated (relation regclass PRIMARY KEY);
-- A view, so the emulation adds no table to the schema the step checks.
CREATE VIEW pg_dist_partition AS SELECT * FROM citus_emulation.partition;

CREATE FUNCTION column_to_column_name(relation regclass, partkey text) RETURNS text
LANGUAGE sql AS $$ SELECT partkey $$;

CREATE FUNCTION citus_emulation.refuse_unsupported(relation regclass, distribution_column text)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  found text;
BEGIN
  SELECT tgname INTO found FROM pg_trigger WHERE tgrelid = relation AND NOT tgisinternal LIMIT 1;
  IF found IS NOT NULL THEN
    RAISE EXCEPTION 'cannot distribute relation "%" because it has triggers', relation;
  END IF;
  IF distribution_column IS NOT NULL THEN
    SELECT i.indexrelid::regclass::text INTO found FROM pg_index i
    WHERE i.indrelid = relation AND i.indisunique
      AND NOT EXISTS (SELECT 1 FROM pg_attribute a
                      WHERE a.attrelid = relation AND a.attname = distribution_column AND a.attnum = ANY(i.indkey))
    LIMIT 1;
    IF found IS NOT NULL THEN
      RAISE EXCEPTION 'cannot create constraint % on "%": it does not include the partition column', found, relation;
    END IF;
  END IF;
  SELECT c.conname INTO found FROM pg_constraint c
  WHERE c.contype = 'f' AND c.confrelid <> relation
    AND ((c.conrelid = relation AND c.confrelid NOT IN (SELECT logicalrelid FROM citus_emulation.partition))
      OR (c.confrelid = relation AND c.conrelid NOT IN (SELECT logicalrelid FROM citus_emulation.partition)))
  LIMIT 1;
  IF found IS NOT NULL THEN
    RAISE EXCEPTION 'foreign key % of "%" is not colocated or not referencing a reference table', found, relation;
  END IF;
END $$;

CREATE FUNCTION create_reference_table(table_name regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM citus_emulation.refuse_unsupported(table_name, NULL);
  IF EXISTS (SELECT 1 FROM pg_constraint c JOIN citus_emulation.partition p ON p.logicalrelid = c.confrelid
             WHERE c.contype = 'f' AND c.conrelid = table_name AND p.partmethod = 'h') THEN
    RAISE EXCEPTION 'reference table "%" cannot reference a distributed table', table_name;
  END IF;
  INSERT INTO citus_emulation.partition VALUES (table_name, 'n', NULL, 1, 't');
END $$;

CREATE FUNCTION create_distributed_table(
  table_name regclass, distribution_column text, distribution_type text DEFAULT 'hash',
  colocate_with text DEFAULT 'default', shard_count integer DEFAULT NULL
) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  colocation integer;
BEGIN
  PERFORM citus_emulation.refuse_unsupported(table_name, distribution_column);
  IF colocate_with = 'none' THEN
    SELECT coalesce(max(colocationid), 1) + 1 INTO colocation FROM citus_emulation.partition;
  ELSE
    SELECT colocationid INTO STRICT colocation FROM citus_emulation.partition
    WHERE logicalrelid = to_regclass(colocate_with) AND partmethod = 'h';
  END IF;
  INSERT INTO citus_emulation.partition VALUES (table_name, 'h', distribution_column, colocation, 's');
END $$;

CREATE FUNCTION truncate_local_data_after_distributing_table(function_name regclass) RETURNS void
LANGUAGE sql AS $$ INSERT INTO citus_emulation.truncated VALUES (function_name) $$;
