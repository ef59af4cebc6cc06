-- What people follow in the forum, and what the forum tells them. A notification exists once per person, post
-- and kind (the unique key makes a repeat harmless); watching a topic is per person and topic.
CREATE TABLE forum_watch (
  account_id       BIGINT        NOT NULL,
  topic_id         BIGINT        NOT NULL,
  level            VARCHAR(12)   NOT NULL,
  PRIMARY KEY (account_id, topic_id),
  KEY ix_forum_watch_topic (topic_id, level),
  CONSTRAINT fk_forum_watch_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
  CONSTRAINT fk_forum_watch_topic FOREIGN KEY (topic_id) REFERENCES forum_topic (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE forum_notification (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  recipient_id     BIGINT        NOT NULL,
  kind             VARCHAR(20)   NOT NULL,
  topic_id         BIGINT        NOT NULL,
  post_id          BIGINT        NOT NULL,
  actor_name       VARCHAR(120)  NOT NULL,
  created_at       DATETIME(6)   NOT NULL,
  read_at          DATETIME(6)   NULL,
  UNIQUE KEY uk_forum_notification (recipient_id, post_id, kind),
  KEY ix_forum_notification_unread (recipient_id, read_at, created_at),
  CONSTRAINT fk_forum_notification_recipient FOREIGN KEY (recipient_id) REFERENCES account (id) ON DELETE CASCADE,
  CONSTRAINT fk_forum_notification_topic FOREIGN KEY (topic_id) REFERENCES forum_topic (id) ON DELETE CASCADE,
  CONSTRAINT fk_forum_notification_post FOREIGN KEY (post_id) REFERENCES forum_post (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
