-- Accounts of council staff, moderators and administrators
CREATE TABLE account (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version        INT          NOT NULL DEFAULT 0,
  email          VARCHAR(254) NOT NULL,
  display_name   VARCHAR(120) NOT NULL,
  password_hash  VARCHAR(400) NOT NULL,
  language       CHAR(2)      NOT NULL,
  status         VARCHAR(16)  NOT NULL,
  moderator      BOOLEAN      NOT NULL DEFAULT FALSE,
  administrator  BOOLEAN      NOT NULL DEFAULT FALSE,
  session_epoch  INT          NOT NULL DEFAULT 0,
  created_at     DATETIME(3)  NOT NULL,
  updated_at     DATETIME(3)  NOT NULL,
  last_login_at  DATETIME(3)  NULL,
  CONSTRAINT uq_account_email UNIQUE (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One-time links sent by mail: email verification, password reset, email change (only their hash is kept)
CREATE TABLE account_token (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  account_id  BIGINT       NOT NULL,
  purpose     VARCHAR(16)  NOT NULL,
  token_hash  CHAR(64)     NOT NULL,
  new_email   VARCHAR(254) NULL,
  created_at  DATETIME(3)  NOT NULL,
  expires_at  DATETIME(3)  NOT NULL,
  used_at     DATETIME(3)  NULL,
  CONSTRAINT uq_account_token UNIQUE (token_hash),
  CONSTRAINT fk_account_token FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Failed sign-ins per email (known or not, so that locks reveal nothing) and per client address
CREATE TABLE login_throttle (
  throttle_key     VARCHAR(300) NOT NULL PRIMARY KEY,
  failures         INT          NOT NULL,
  first_failure_at DATETIME(3)  NOT NULL,
  last_failure_at  DATETIME(3)  NOT NULL,
  locked_until     DATETIME(3)  NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who belongs to which local body, as asked by the user and decided by an administrator
CREATE TABLE membership (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version       INT           NOT NULL DEFAULT 0,
  account_id    BIGINT        NOT NULL,
  body_id       BIGINT        NOT NULL,
  position      VARCHAR(120)  NOT NULL,
  status        VARCHAR(16)   NOT NULL,
  reason        VARCHAR(1000) NULL,
  decided_by    BIGINT        NULL,
  requested_at  DATETIME(3)   NOT NULL,
  decided_at    DATETIME(3)   NULL,
  CONSTRAINT uq_membership UNIQUE (account_id, body_id),
  CONSTRAINT fk_membership_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
  CONSTRAINT fk_membership_body FOREIGN KEY (body_id) REFERENCES local_body (id),
  KEY ix_membership_status (status, requested_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Administrative and editorial actions: who, what, when
CREATE TABLE audit_entry (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  at           DATETIME(3)   NOT NULL,
  actor_id     BIGINT        NULL,
  actor_email  VARCHAR(254)  NULL,
  action       VARCHAR(40)   NOT NULL,
  target_type  VARCHAR(40)   NOT NULL,
  target_id    VARCHAR(40)   NULL,
  detail       VARCHAR(1000) NULL,
  KEY ix_audit_at (at),
  KEY ix_audit_actor (actor_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Outgoing mail, written in the same transaction as the action that causes it and sent after commit
CREATE TABLE mail_message (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version     INT           NOT NULL DEFAULT 0,
  recipient   VARCHAR(254)  NOT NULL,
  language    CHAR(2)       NOT NULL,
  subject     VARCHAR(300)  NOT NULL,
  body        TEXT          NOT NULL,
  status      VARCHAR(16)   NOT NULL,
  attempts    INT           NOT NULL DEFAULT 0,
  last_error  VARCHAR(500)  NULL,
  created_at  DATETIME(3)   NOT NULL,
  sent_at     DATETIME(3)   NULL,
  KEY ix_mail_status (status, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Editorial workflow on sheets
ALTER TABLE project_sheet
  ADD COLUMN author_id         BIGINT      NULL,
  ADD COLUMN review_comment    TEXT        NULL,
  ADD COLUMN unpublish_reason  TEXT        NULL,
  ADD COLUMN submitted_at      DATETIME(3) NULL,
  ADD COLUMN stale_reminded_at DATETIME(3) NULL,
  ADD CONSTRAINT fk_sheet_author FOREIGN KEY (author_id) REFERENCES account (id) ON DELETE SET NULL,
  ADD KEY ix_sheet_queue (status, submitted_at);

-- Contact people are listed only with their consent; demo contacts are fictional
ALTER TABLE sheet_contact ADD COLUMN consent BOOLEAN NOT NULL DEFAULT TRUE;
