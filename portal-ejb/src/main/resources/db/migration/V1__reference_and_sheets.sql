-- Reference data: provinces, comarques, municipalities of Catalonia; world towns (GeoNames)
CREATE TABLE province (
  code         CHAR(2)      NOT NULL PRIMARY KEY,
  name         VARCHAR(60)  NOT NULL,
  capital      VARCHAR(100) NOT NULL,
  capital_ine  CHAR(5)      NOT NULL,
  population   INT          NOT NULL,
  area_km2     DECIMAL(10,2) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE comarca (
  code          CHAR(2)      NOT NULL PRIMARY KEY,
  name          VARCHAR(80)  NOT NULL,
  capital       VARCHAR(100) NOT NULL,
  capital_ine   CHAR(5)      NOT NULL,
  province_code CHAR(2)      NOT NULL,
  population    INT          NOT NULL,
  area_km2      DECIMAL(10,2) NOT NULL,
  CONSTRAINT fk_comarca_province FOREIGN KEY (province_code) REFERENCES province (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE municipality (
  ine_code      CHAR(5)      NOT NULL PRIMARY KEY,
  idescat_code  CHAR(6)      NOT NULL,
  name          VARCHAR(120) NOT NULL,
  natural_name  VARCHAR(120) NOT NULL,
  comarca_code  CHAR(2)      NOT NULL,
  province_code CHAR(2)      NOT NULL,
  population    INT          NOT NULL,
  area_km2      DECIMAL(10,3) NOT NULL,
  latitude      DOUBLE       NOT NULL,
  longitude     DOUBLE       NOT NULL,
  CONSTRAINT fk_municipality_comarca FOREIGN KEY (comarca_code) REFERENCES comarca (code),
  CONSTRAINT fk_municipality_province FOREIGN KEY (province_code) REFERENCES province (code),
  KEY ix_municipality_name (natural_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE world_town (
  geoname_id    INT          NOT NULL PRIMARY KEY,
  name          VARCHAR(200) NOT NULL,
  ascii_name    VARCHAR(200) NOT NULL,
  country_code  CHAR(2)      NOT NULL,
  admin1_code   VARCHAR(20)  NULL,
  population    INT          NOT NULL,
  latitude      DOUBLE       NOT NULL,
  longitude     DOUBLE       NOT NULL,
  KEY ix_world_town_name (ascii_name),
  KEY ix_world_town_country (country_code, population)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Local bodies: Catalan municipalities, county councils, provincial councils, other bodies, foreign governments
CREATE TABLE local_body (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version       INT          NOT NULL DEFAULT 0,
  body_type     VARCHAR(32)  NOT NULL,
  name          VARCHAR(200) NOT NULL,
  official_code VARCHAR(20)  NULL,
  comarca_code  CHAR(2)      NULL,
  province_code CHAR(2)      NULL,
  country_code  CHAR(2)      NOT NULL,
  region        VARCHAR(120) NULL,
  population    INT          NOT NULL,
  area_km2      DECIMAL(10,2) NULL,
  latitude      DOUBLE       NOT NULL,
  longitude     DOUBLE       NOT NULL,
  geoname_id    INT          NULL,
  created_at    DATETIME(3)  NOT NULL,
  updated_at    DATETIME(3)  NOT NULL,
  CONSTRAINT uq_local_body_code UNIQUE (body_type, official_code),
  CONSTRAINT fk_local_body_comarca FOREIGN KEY (comarca_code) REFERENCES comarca (code),
  CONSTRAINT fk_local_body_province FOREIGN KEY (province_code) REFERENCES province (code),
  KEY ix_local_body_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Uploaded documentation files (content type checked by content before they get here)
CREATE TABLE stored_file (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  file_name     VARCHAR(200) NOT NULL,
  content_type  VARCHAR(120) NOT NULL,
  size_bytes    BIGINT       NOT NULL,
  sha256        CHAR(64)     NOT NULL,
  content       LONGBLOB     NOT NULL,
  created_at    DATETIME(3)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Project sheets (fitxes) with their six levels
CREATE TABLE project_sheet (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version          INT          NOT NULL DEFAULT 0,
  status           VARCHAR(16)  NOT NULL,
  title            VARCHAR(200) NOT NULL,
  summary          VARCHAR(1000) NOT NULL,
  lead_body_id     BIGINT       NOT NULL,
  description      TEXT         NULL,
  value_text       TEXT         NULL,
  savings_euros_year   DECIMAL(14,2) NULL,
  savings_euros_oneoff DECIMAL(14,2) NULL,
  savings_hours_year   DECIMAL(12,1) NULL,
  savings_method   TEXT         NULL,
  barriers         TEXT         NULL,
  benefits         TEXT         NULL,
  technology_text  TEXT         NULL,
  phase            VARCHAR(16)  NULL,
  start_year       SMALLINT     NULL,
  content_origin   VARCHAR(16)  NOT NULL DEFAULT 'USER',
  created_at       DATETIME(3)  NOT NULL,
  updated_at       DATETIME(3)  NOT NULL,
  reviewed_at      DATETIME(3)  NULL,
  published_at     DATETIME(3)  NULL,
  CONSTRAINT fk_sheet_lead_body FOREIGN KEY (lead_body_id) REFERENCES local_body (id),
  KEY ix_sheet_status (status, updated_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sheet_area (
  sheet_id BIGINT      NOT NULL,
  area     VARCHAR(32) NOT NULL,
  PRIMARY KEY (sheet_id, area),
  CONSTRAINT fk_sheet_area FOREIGN KEY (sheet_id) REFERENCES project_sheet (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE sheet_typology (
  sheet_id BIGINT      NOT NULL,
  typology VARCHAR(32) NOT NULL,
  PRIMARY KEY (sheet_id, typology),
  CONSTRAINT fk_sheet_typology FOREIGN KEY (sheet_id) REFERENCES project_sheet (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE sheet_technology (
  sheet_id BIGINT      NOT NULL,
  position INT         NOT NULL,
  name     VARCHAR(60) NOT NULL,
  KEY ix_sheet_technology (sheet_id),
  CONSTRAINT fk_sheet_technology FOREIGN KEY (sheet_id) REFERENCES project_sheet (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sheet_partner (
  sheet_id BIGINT NOT NULL,
  body_id  BIGINT NOT NULL,
  PRIMARY KEY (sheet_id, body_id),
  CONSTRAINT fk_sheet_partner_sheet FOREIGN KEY (sheet_id) REFERENCES project_sheet (id) ON DELETE CASCADE,
  CONSTRAINT fk_sheet_partner_body FOREIGN KEY (body_id) REFERENCES local_body (id)
) ENGINE=InnoDB;

CREATE TABLE sheet_contact (
  sheet_id BIGINT       NOT NULL,
  position INT          NOT NULL,
  name     VARCHAR(120) NOT NULL,
  role     VARCHAR(120) NOT NULL,
  email    VARCHAR(254) NULL,
  phone    VARCHAR(40)  NULL,
  KEY ix_sheet_contact (sheet_id),
  CONSTRAINT fk_sheet_contact FOREIGN KEY (sheet_id) REFERENCES project_sheet (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sheet_material (
  sheet_id      BIGINT       NOT NULL,
  position      INT          NOT NULL,
  material_type VARCHAR(16)  NOT NULL,
  title         VARCHAR(200) NOT NULL,
  language      CHAR(2)      NOT NULL,
  url           VARCHAR(2000) NULL,
  file_id       BIGINT       NULL,
  KEY ix_sheet_material (sheet_id),
  CONSTRAINT fk_sheet_material FOREIGN KEY (sheet_id) REFERENCES project_sheet (id) ON DELETE CASCADE,
  CONSTRAINT fk_sheet_material_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
