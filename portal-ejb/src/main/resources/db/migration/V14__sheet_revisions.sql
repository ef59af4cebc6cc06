-- A member's changes to a published sheet wait here for an editor; the published version stays as it is.
CREATE TABLE sheet_revision (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version          INT          NOT NULL DEFAULT 0,
  sheet_id         BIGINT       NOT NULL,
  author_id        BIGINT       NULL,
  based_on_version INT          NOT NULL,
  form_json        LONGTEXT     NOT NULL,
  status           VARCHAR(20)  NOT NULL,
  created_at       DATETIME(3)  NOT NULL,
  updated_at       DATETIME(3)  NOT NULL,
  decided_at       DATETIME(3)  NULL,
  decided_by       BIGINT       NULL,
  decision_note    TEXT         NULL,
  -- at most one pending revision per sheet
  pending_sheet_id BIGINT AS (CASE WHEN status = 'PENDING' THEN sheet_id END) PERSISTENT,
  UNIQUE KEY uk_sheet_revision_pending (pending_sheet_id),
  KEY ix_sheet_revision_sheet (sheet_id, status),
  CONSTRAINT fk_sheet_revision_sheet FOREIGN KEY (sheet_id) REFERENCES project_sheet (id) ON DELETE CASCADE,
  CONSTRAINT fk_sheet_revision_author FOREIGN KEY (author_id) REFERENCES account (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
