-- SQLite ignores VARCHAR(n) lengths; PostgreSQL enforces them. So that a value stored on one database is never
-- refused by the other (a long host name in a worker id, a long model name in a summary's method), Herald's
-- VARCHAR(n) columns become TEXT here. Declared lengths in db/migration/common stay as documentation. Keep this the
-- last PostgreSQL migration of its range; a later common migration that adds VARCHAR(n) columns needs its own copy.
-- Schema-qualified through current_schema(), so it works wherever Herald's tables live.
DO $$
DECLARE
  col record;
BEGIN
  FOR col IN
    SELECT c.table_name, c.column_name
    FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
      AND c.data_type = 'character varying' AND c.table_name <> 'flyway_schema_history'
  LOOP
    EXECUTE format('ALTER TABLE %I ALTER COLUMN %I TYPE TEXT', col.table_name, col.column_name);
  END LOOP;
END
$$;
