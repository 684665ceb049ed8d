-- Summaries per visibility scope (issue 15). A story's summary for 'instance' covers only articles from instance
-- feeds, which every workspace reads; a workspace that has articles of its own feeds in the story gets its own summary
-- (scope = its workspace key) covering the instance's articles and its own. Existing summaries were written before
-- workspace feeds could be private: they become the instance's. TEXT, not VARCHAR(n): see postgresql/V79.
CREATE TABLE summaries_by_scope (
  story_id      BIGINT NOT NULL REFERENCES stories (id),
  story_version INTEGER NOT NULL,
  scope         TEXT NOT NULL,
  title         TEXT NOT NULL,
  content_json  TEXT NOT NULL,
  method        TEXT NOT NULL,
  created_at    BIGINT NOT NULL,
  image_url     TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (story_id, story_version, scope)
);
INSERT INTO summaries_by_scope (story_id, story_version, scope, title, content_json, method, created_at, image_url)
  SELECT story_id, story_version, 'instance', title, content_json, method, created_at, image_url FROM summaries;
DROP TABLE summaries;
ALTER TABLE summaries_by_scope RENAME TO summaries;
