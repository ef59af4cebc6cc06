-- A council's profile for the recommender: needs per area (0 none .. 3 high) and digital maturity.
CREATE TABLE body_profile (
  body_id     BIGINT      NOT NULL PRIMARY KEY,
  version     INT         NOT NULL DEFAULT 0,
  maturity    VARCHAR(16) NULL,
  updated_at  DATETIME(6) NOT NULL,
  updated_by  BIGINT      NULL,
  CONSTRAINT fk_profile_body FOREIGN KEY (body_id) REFERENCES local_body (id) ON DELETE CASCADE,
  CONSTRAINT fk_profile_account FOREIGN KEY (updated_by) REFERENCES account (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE body_need (
  body_id  BIGINT      NOT NULL,
  area     VARCHAR(32) NOT NULL,
  weight   TINYINT     NOT NULL,
  PRIMARY KEY (body_id, area),
  CONSTRAINT fk_need_profile FOREIGN KEY (body_id) REFERENCES body_profile (body_id) ON DELETE CASCADE,
  CONSTRAINT ck_need_weight CHECK (weight BETWEEN 0 AND 3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What members did with sheets, on behalf of their body. A view counts once a day; the other kinds once
-- (their day is 1970-01-01), so the unique key makes recording idempotent.
CREATE TABLE interaction (
  id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  body_id     BIGINT      NOT NULL,
  account_id  BIGINT      NULL,
  sheet_id    BIGINT      NOT NULL,
  kind        VARCHAR(24) NOT NULL,
  grade       DOUBLE      NOT NULL,
  day         DATE        NOT NULL,
  created_at  DATETIME(6) NOT NULL,
  UNIQUE KEY uq_interaction (body_id, account_id, sheet_id, kind, day),
  KEY ix_interaction_sheet (sheet_id),
  CONSTRAINT fk_interaction_body FOREIGN KEY (body_id) REFERENCES local_body (id) ON DELETE CASCADE,
  CONSTRAINT fk_interaction_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE SET NULL,
  CONSTRAINT fk_interaction_sheet FOREIGN KEY (sheet_id) REFERENCES project_sheet (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Trained recommender models: the saved model (zip: Tribuo protobuf + properties) and what it says of itself.
CREATE TABLE recommender_model (
  id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  trained_at  DATETIME(6) NOT NULL,
  trigger_by  VARCHAR(64) NOT NULL,
  content     LONGBLOB    NOT NULL,
  facts       TEXT        NOT NULL,
  provenance  MEDIUMTEXT  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
