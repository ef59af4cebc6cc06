-- Lists show pinned topics first, read apart from the others: an index finds the few pinned ones without
-- reading every topic.
CREATE INDEX ix_forum_topic_pinned ON forum_topic (pinned, last_post_at);
