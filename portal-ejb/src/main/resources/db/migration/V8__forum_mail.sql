-- The forum by mail: people's handles for @mentions, how each person wants forum mail, which notifications
-- have gone out by mail (so a digest never repeats one, even across a restart), watching whole categories,
-- the headers a forum mail carries, the mails read back from the reply mailbox (so one is never posted twice),
-- the digest runs (so one runs once per day or week, on whichever node), and the key that signs mail links.
ALTER TABLE account ADD COLUMN handle VARCHAR(40) NULL AFTER display_name,
  ADD CONSTRAINT uq_account_handle UNIQUE (handle);

CREATE TABLE forum_mail_preference (
  account_id       BIGINT        NOT NULL PRIMARY KEY,
  version          INT           NOT NULL DEFAULT 0,
  direct           VARCHAR(12)   NOT NULL,
  other            VARCHAR(12)   NOT NULL,
  CONSTRAINT fk_forum_mail_preference_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE forum_notification ADD COLUMN mailed_at DATETIME(6) NULL,
  ADD KEY ix_forum_notification_unmailed (mailed_at, recipient_id);

CREATE TABLE forum_category_watch (
  account_id       BIGINT        NOT NULL,
  category_id      BIGINT        NOT NULL,
  level            VARCHAR(12)   NOT NULL,
  PRIMARY KEY (account_id, category_id),
  KEY ix_forum_category_watch (category_id, level),
  CONSTRAINT fk_forum_category_watch_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
  CONSTRAINT fk_forum_category_watch_category FOREIGN KEY (category_id) REFERENCES forum_category (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE mail_message ADD COLUMN reply_to VARCHAR(254) NULL,
  ADD COLUMN unsubscribe_url VARCHAR(500) NULL,
  ADD COLUMN auto_reply BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE forum_inbound_mail (
  message_key      CHAR(64)      NOT NULL PRIMARY KEY,
  sender           VARCHAR(254)  NOT NULL,
  outcome          VARCHAR(40)   NOT NULL,
  post_id          BIGINT        NULL,
  received_at      DATETIME(6)   NOT NULL,
  KEY ix_forum_inbound_mail_received (received_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE scheduled_run (
  job              VARCHAR(40)   NOT NULL,
  period           VARCHAR(20)   NOT NULL,
  started_at       DATETIME(6)   NOT NULL,
  finished_at      DATETIME(6)   NULL,
  PRIMARY KEY (job, period)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE portal_secret (
  name             VARCHAR(40)   NOT NULL PRIMARY KEY,
  secret           VARBINARY(64) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
