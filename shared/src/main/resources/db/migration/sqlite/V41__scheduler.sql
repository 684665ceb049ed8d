-- db-scheduler's table (its sqlite_tables.sql, 16.x). SQLite-only types; PostgreSQL has its own copy in
-- db/migration/postgresql, used once PostgreSQL support lands.
CREATE TABLE scheduled_tasks (
  task_name            VARCHAR(100) NOT NULL,
  task_instance        VARCHAR(250) NOT NULL,
  task_data            BLOB,
  execution_time       TIMESTAMP,
  picked               BIT,
  picked_by            VARCHAR(50),
  last_success         TIMESTAMP,
  last_failure         TIMESTAMP,
  consecutive_failures INT,
  last_heartbeat       TIMESTAMP,
  version              BIGINT,
  priority             SMALLINT,
  PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);
