-- Multi-workspace installs (Slack OAuth): one row per workspace, the bot token it granted. Portable SQL.
CREATE TABLE installations (
  workspace_key     VARCHAR(120) PRIMARY KEY,
  platform          VARCHAR(16) NOT NULL,
  workspace_id      VARCHAR(100) NOT NULL,
  enterprise_id     VARCHAR(100) NOT NULL,
  app_id            VARCHAR(100) NOT NULL,
  bot_user_id       VARCHAR(100) NOT NULL,
  bot_id            VARCHAR(100) NOT NULL,
  bot_token         TEXT NOT NULL,
  bot_scopes        TEXT NOT NULL,
  installer_user_id VARCHAR(100) NOT NULL,
  installed_at      BIGINT NOT NULL,
  updated_at        BIGINT NOT NULL
);
CREATE INDEX installations_platform ON installations (platform);
