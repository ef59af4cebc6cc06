-- A mail with a one-time link stores {secret} in its body and the token it belongs to; the secret is made when
-- the mail is sent. Bodies are removed after their retention period (the row stays a while longer).
ALTER TABLE mail_message ADD COLUMN account_token_id BIGINT NULL;
ALTER TABLE mail_message ADD COLUMN body_purged BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX ix_mail_message_created ON mail_message (created_at);

-- Mails that visitors can have sent (sign-up, forgotten password, new verification link), counted per target
-- address and per client address in a fixed window.
CREATE TABLE action_counter (
  counter_key   VARCHAR(300) NOT NULL PRIMARY KEY,
  actions       INT          NOT NULL,
  window_start  DATETIME(3)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_action_counter_window ON action_counter (window_start);
CREATE INDEX ix_login_throttle_last ON login_throttle (last_failure_at);
