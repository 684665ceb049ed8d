-- Full article text (issue 13): per article, which text it is summarised from (the feed's, or its page's article
-- body) and why, with what the page said about itself (site name, lead image, author). feed_text keeps the feed's
-- own text while the page's replaces it in articles.body_text. Portable SQL; text columns are TEXT on purpose.
CREATE TABLE article_texts (
  article_id TEXT PRIMARY KEY REFERENCES articles (id),
  feed_id    TEXT NOT NULL,
  reason     TEXT NOT NULL,
  feed_text  TEXT NOT NULL,
  page_url   TEXT NOT NULL,
  site_name  TEXT NOT NULL,
  image_url  TEXT NOT NULL,
  author     TEXT NOT NULL,
  detail     TEXT NOT NULL,
  attempts   INTEGER NOT NULL,
  decided_at BIGINT NOT NULL
);
CREATE INDEX article_texts_feed ON article_texts (feed_id, reason);
CREATE INDEX article_texts_reason ON article_texts (reason, decided_at);

-- A story's picture: the first cited article's feed thumbnail, else its page's lead image (https only).
ALTER TABLE summaries ADD COLUMN image_url TEXT NOT NULL DEFAULT '';
