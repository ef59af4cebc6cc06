-- A forwarded request is carried to its outcome: the receiving body answers (accept, decline, ask for more
-- information), a visit gets an agreed date (a calendar event with its own sequence number), and the sender
-- records whether it took place. Every step and every message is a row of the request's private conversation.
ALTER TABLE contact_request DROP FOREIGN KEY fk_request_requester;
ALTER TABLE contact_request
  MODIFY requester_id BIGINT NULL,
  ADD CONSTRAINT fk_request_requester FOREIGN KEY (requester_id) REFERENCES account (id) ON DELETE SET NULL,
  ADD COLUMN requester_name      VARCHAR(120)  NULL,
  ADD COLUMN agreed_date         DATE          NULL,
  ADD COLUMN proposed_date       DATE          NULL,
  ADD COLUMN proposed_by         VARCHAR(16)   NULL,
  ADD COLUMN event_sequence      INT           NOT NULL DEFAULT 0,
  ADD COLUMN answered_at         DATETIME(6)   NULL,
  ADD COLUMN closed_at           DATETIME(6)   NULL,
  ADD COLUMN outcome_note        VARCHAR(1000) NULL,
  ADD COLUMN outcome_useful      BOOLEAN       NULL,
  ADD COLUMN sender_shows_name   BOOLEAN       NOT NULL DEFAULT FALSE,
  ADD COLUMN receiver_shows_name BOOLEAN       NOT NULL DEFAULT FALSE,
  ADD COLUMN answer_reminded_at  DATETIME(6)   NULL,
  ADD COLUMN week_reminded       BOOLEAN       NOT NULL DEFAULT FALSE,
  ADD COLUMN day_reminded        BOOLEAN       NOT NULL DEFAULT FALSE,
  ADD KEY ix_request_sheet_outcome (sheet_id, status),
  ADD KEY ix_request_from (from_body_id, status);

UPDATE contact_request r JOIN account a ON a.id = r.requester_id SET r.requester_name = a.display_name;

CREATE TABLE request_message (
  id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  request_id          BIGINT        NOT NULL,
  kind                VARCHAR(24)   NOT NULL,
  side                VARCHAR(16)   NOT NULL,
  author_id           BIGINT        NULL,
  author_name         VARCHAR(120)  NULL,
  contact_email       VARCHAR(254)  NULL,
  body                TEXT          NULL,
  body_html           MEDIUMTEXT    NULL,
  visit_date          DATE          NULL,
  created_at          DATETIME(6)   NOT NULL,
  KEY ix_request_message (request_id, created_at),
  KEY ix_request_message_author (author_id),
  CONSTRAINT fk_request_message_request FOREIGN KEY (request_id) REFERENCES contact_request (id) ON DELETE CASCADE,
  CONSTRAINT fk_request_message_author FOREIGN KEY (author_id) REFERENCES account (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE mail_message ADD COLUMN calendar MEDIUMTEXT NULL;
