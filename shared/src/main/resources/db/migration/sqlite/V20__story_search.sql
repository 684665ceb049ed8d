-- Full-text search over stories for /brief <query> (SQLite FTS5; a PostgreSQL store would use a tsvector column
-- behind the same StorySearchStore interface). One row per live story: rowid = stories.id, its representative
-- headline, and the headlines and leads of its articles.
CREATE VIRTUAL TABLE story_search USING fts5(
  title,
  body,
  tokenize = 'porter unicode61 remove_diacritics 2'
);
