-- Lookups by time range over live stories (today's top stories, "yesterday", "last 3 days").
CREATE INDEX stories_newest_article_at ON stories (newest_article_at);
