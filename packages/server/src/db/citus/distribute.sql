-- Distributes the tables as placement.sql places them, on a Citus coordinator (docs/ARCHITECTURE.md,
-- "Scale-out"). Run it after placement.sql in ONE transaction, statement by statement:
--   DATABASE_URL=postgres://…coordinator… npm run citus:distribute   (checks the schema rules first)
--   psql --single-transaction -v ON_ERROR_STOP=1 -f placement.sql -f distribute.sql
-- Rerunnable: tables already distributed stay as they are, so after a migration that adds a table the same
-- command distributes just the new one. Local data is copied to the shards, then cleared on the coordinator.

-- Foreign keys added after other DDL in the same transaction need Citus to use one connection per node.
SET LOCAL citus.multi_shard_modify_mode TO 'sequential';

DO $distribute$
DECLARE
  problem text;
  anchor text;
  item record;
BEGIN
  SELECT string_agg(c.relname, ', ' ORDER BY c.relname) INTO problem
  FROM pg_class c
  WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition
    AND NOT EXISTS (SELECT 1 FROM pg_depend d
                    WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
    AND NOT EXISTS (SELECT 1 FROM citus_placement p WHERE p.table_name = c.relname);
  IF problem IS NOT NULL THEN
    RAISE EXCEPTION 'Not placed in placement.sql: %. Add one line for each.', problem;
  END IF;
  SELECT string_agg(p.table_name, ', ') INTO problem FROM citus_placement p WHERE to_regclass(p.table_name) IS NULL;
  IF problem IS NOT NULL THEN
    RAISE EXCEPTION 'placement.sql places tables that do not exist: %', problem;
  END IF;

  -- What is not distributed yet.
  CREATE TEMPORARY TABLE citus_pending ON COMMIT DROP AS
  SELECT p.table_name, p.placement, p.distribution_column, to_regclass(p.table_name) AS relation
  FROM citus_placement p
  WHERE p.placement <> 'coordinator'
    AND NOT EXISTS (SELECT 1 FROM pg_dist_partition d WHERE d.logicalrelid = to_regclass(p.table_name));

  -- Citus checks a table's foreign keys as it distributes it and refuses one towards a table still local,
  -- and the population tables even reference each other in a cycle (household -> resident -> family ->
  -- household). So every key from or to a table about to be distributed is set aside and dropped, then
  -- added back once all are distributed, exactly as the catalogue described it.
  CREATE TEMPORARY TABLE citus_foreign_key ON COMMIT DROP AS
  SELECT c.conrelid::regclass::text AS table_name, c.conname AS name, pg_get_constraintdef(c.oid) AS definition
  FROM pg_constraint c
  WHERE c.contype = 'f'
    AND (c.conrelid IN (SELECT relation FROM citus_pending) OR c.confrelid IN (SELECT relation FROM citus_pending));
  FOR item IN SELECT * FROM citus_foreign_key ORDER BY table_name, name LOOP
    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', item.table_name, item.name);
  END LOOP;

  FOR item IN SELECT * FROM citus_pending WHERE placement = 'reference' ORDER BY table_name LOOP
    PERFORM create_reference_table(item.relation);
  END LOOP;

  -- One colocation group for every village table, so a village's rows of all of them sit on one shard and
  -- joins and foreign keys between them stay there.
  SELECT p.table_name INTO anchor
  FROM citus_placement p JOIN pg_dist_partition d ON d.logicalrelid = to_regclass(p.table_name)
  WHERE p.placement = 'village' ORDER BY p.table_name LIMIT 1;
  FOR item IN SELECT * FROM citus_pending WHERE placement = 'village' ORDER BY table_name LOOP
    PERFORM create_distributed_table(item.relation, item.distribution_column, colocate_with => coalesce(anchor, 'none'));
    anchor := coalesce(anchor, item.table_name);
  END LOOP;

  -- A directory is spread by its own value, in a group of its own.
  FOR item IN SELECT * FROM citus_pending WHERE placement = 'directory' ORDER BY table_name LOOP
    PERFORM create_distributed_table(item.relation, item.distribution_column, colocate_with => 'none');
  END LOOP;

  -- The rows now live on the shards; the coordinator's local copy would only take space.
  FOR item IN SELECT * FROM citus_pending ORDER BY table_name LOOP
    PERFORM truncate_local_data_after_distributing_table(item.relation);
  END LOOP;

  FOR item IN SELECT * FROM citus_foreign_key ORDER BY table_name, name LOOP
    EXECUTE format('ALTER TABLE %s ADD CONSTRAINT %I %s', item.table_name, item.name, item.definition);
  END LOOP;
END
$distribute$;
