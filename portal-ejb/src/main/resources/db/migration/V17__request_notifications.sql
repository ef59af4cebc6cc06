-- A request's conversation tells its participants through the same notifications as the forum (the bell and
-- the notifications page): a row names the request instead of a topic and a post. They are mailed at once by
-- the conversation itself, so they are written as mailed and digests leave them out.
ALTER TABLE forum_notification DROP FOREIGN KEY fk_forum_notification_topic;
ALTER TABLE forum_notification DROP FOREIGN KEY fk_forum_notification_post;
ALTER TABLE forum_notification
  MODIFY topic_id BIGINT NULL,
  MODIFY post_id BIGINT NULL,
  ADD COLUMN request_id BIGINT NULL,
  ADD CONSTRAINT fk_forum_notification_topic FOREIGN KEY (topic_id) REFERENCES forum_topic (id) ON DELETE CASCADE,
  ADD CONSTRAINT fk_forum_notification_post FOREIGN KEY (post_id) REFERENCES forum_post (id) ON DELETE CASCADE,
  ADD CONSTRAINT fk_forum_notification_request FOREIGN KEY (request_id) REFERENCES contact_request (id) ON DELETE CASCADE;
