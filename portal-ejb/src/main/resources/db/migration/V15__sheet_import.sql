-- Sheets imported from a spreadsheet keep the identifier they had there, so that importing the same file again
-- updates them instead of adding copies. Import jobs run in the background and keep their progress here, so a
-- page reload finds it.
ALTER TABLE project_sheet ADD COLUMN external_id VARCHAR(500) NULL;
ALTER TABLE project_sheet ADD UNIQUE KEY uk_project_sheet_external (external_id);

CREATE TABLE import_job (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version       INT           NOT NULL DEFAULT 0,
  account_id    BIGINT        NULL,
  file_name     VARCHAR(255)  NOT NULL,
  publish       BOOLEAN       NOT NULL,
  status        VARCHAR(16)   NOT NULL,
  total_rows    INT           NOT NULL,
  done_rows     INT           NOT NULL DEFAULT 0,
  created_count INT           NOT NULL DEFAULT 0,
  updated_count INT           NOT NULL DEFAULT 0,
  failed_count  INT           NOT NULL DEFAULT 0,
  rows_json     LONGTEXT      NULL,
  failures_json LONGTEXT      NULL,
  created_at    DATETIME(3)   NOT NULL,
  finished_at   DATETIME(3)   NULL,
  KEY ix_import_job_account (account_id, created_at),
  CONSTRAINT fk_import_job_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE SET NULL
);
