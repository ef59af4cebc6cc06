-- The forum: categories managed by administrators, topics (one per published sheet at most), posts with
-- their earlier versions, likes, bookmarks, flags, where each person stopped reading, and each person's
-- forum standing (silencing; its row is locked to count a person's posts against the limits one at a time).
CREATE TABLE forum_category (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version          INT           NOT NULL DEFAULT 0,
  slug             VARCHAR(60)   NOT NULL,
  name_ca          VARCHAR(120)  NOT NULL,
  name_es          VARCHAR(120)  NOT NULL,
  name_en          VARCHAR(120)  NOT NULL,
  description_ca   VARCHAR(500)  NOT NULL,
  description_es   VARCHAR(500)  NOT NULL,
  description_en   VARCHAR(500)  NOT NULL,
  position         INT           NOT NULL,
  read_access      VARCHAR(16)   NOT NULL,
  start_access     VARCHAR(16)   NOT NULL,
  area             VARCHAR(40)   NULL,
  UNIQUE KEY uk_forum_category_slug (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE forum_topic (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version          INT           NOT NULL DEFAULT 0,
  category_id      BIGINT        NOT NULL,
  title            VARCHAR(200)  NOT NULL,
  author_id        BIGINT        NULL,
  author_name      VARCHAR(120)  NOT NULL,
  sheet_id         BIGINT        NULL,
  created_at       DATETIME(6)   NOT NULL,
  last_post_at     DATETIME(6)   NOT NULL,
  last_poster_name VARCHAR(120)  NOT NULL,
  next_number      INT           NOT NULL DEFAULT 1,
  visible_posts    INT           NOT NULL DEFAULT 0,
  closed           BOOLEAN       NOT NULL DEFAULT FALSE,
  pinned           VARCHAR(16)   NOT NULL DEFAULT 'NONE',
  slow_mode_minutes INT          NOT NULL DEFAULT 0,
  accepted_post_id BIGINT        NULL,
  demo             BOOLEAN       NOT NULL DEFAULT FALSE,
  UNIQUE KEY uk_forum_topic_sheet (sheet_id),
  KEY ix_forum_topic_category (category_id, last_post_at),
  KEY ix_forum_topic_latest (last_post_at),
  KEY ix_forum_topic_author (author_id, created_at),
  CONSTRAINT fk_forum_topic_category FOREIGN KEY (category_id) REFERENCES forum_category (id),
  CONSTRAINT fk_forum_topic_author FOREIGN KEY (author_id) REFERENCES account (id) ON DELETE SET NULL,
  CONSTRAINT fk_forum_topic_sheet FOREIGN KEY (sheet_id) REFERENCES project_sheet (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE forum_post (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version          INT           NOT NULL DEFAULT 0,
  topic_id         BIGINT        NOT NULL,
  number           INT           NOT NULL,
  author_id        BIGINT        NULL,
  author_name      VARCHAR(120)  NOT NULL,
  body             MEDIUMTEXT    NOT NULL,
  html             MEDIUMTEXT    NOT NULL,
  body_hash        CHAR(64)      NOT NULL,
  status           VARCHAR(16)   NOT NULL,
  quote_post_id    BIGINT        NULL,
  quote_number     INT           NULL,
  quote_author     VARCHAR(120)  NULL,
  created_at       DATETIME(6)   NOT NULL,
  edited_at        DATETIME(6)   NULL,
  revisions        INT           NOT NULL DEFAULT 0,
  likes            INT           NOT NULL DEFAULT 0,
  flags            INT           NOT NULL DEFAULT 0,
  moderation_note  VARCHAR(1000) NULL,
  moderated_by     BIGINT        NULL,
  moderated_at     DATETIME(6)   NULL,
  UNIQUE KEY uk_forum_post_number (topic_id, number),
  KEY ix_forum_post_author (author_id, created_at),
  KEY ix_forum_post_status (status, created_at),
  CONSTRAINT fk_forum_post_topic FOREIGN KEY (topic_id) REFERENCES forum_topic (id) ON DELETE CASCADE,
  CONSTRAINT fk_forum_post_author FOREIGN KEY (author_id) REFERENCES account (id) ON DELETE SET NULL,
  CONSTRAINT fk_forum_post_quote FOREIGN KEY (quote_post_id) REFERENCES forum_post (id) ON DELETE SET NULL,
  CONSTRAINT fk_forum_post_moderator FOREIGN KEY (moderated_by) REFERENCES account (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE forum_topic ADD CONSTRAINT fk_forum_topic_accepted FOREIGN KEY (accepted_post_id)
  REFERENCES forum_post (id) ON DELETE SET NULL;

CREATE TABLE forum_post_revision (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  post_id          BIGINT        NOT NULL,
  body             MEDIUMTEXT    NOT NULL,
  written_at       DATETIME(6)   NOT NULL,
  KEY ix_forum_revision_post (post_id, written_at),
  CONSTRAINT fk_forum_revision_post FOREIGN KEY (post_id) REFERENCES forum_post (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- likes, bookmarks and flags: one per person per post (the primary key makes a double click harmless)
CREATE TABLE forum_like (
  post_id          BIGINT        NOT NULL,
  account_id       BIGINT        NOT NULL,
  created_at       DATETIME(6)   NOT NULL,
  PRIMARY KEY (post_id, account_id),
  KEY ix_forum_like_account (account_id, created_at),
  CONSTRAINT fk_forum_like_post FOREIGN KEY (post_id) REFERENCES forum_post (id) ON DELETE CASCADE,
  CONSTRAINT fk_forum_like_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE forum_bookmark (
  post_id          BIGINT        NOT NULL,
  account_id       BIGINT        NOT NULL,
  created_at       DATETIME(6)   NOT NULL,
  PRIMARY KEY (post_id, account_id),
  KEY ix_forum_bookmark_account (account_id, created_at),
  CONSTRAINT fk_forum_bookmark_post FOREIGN KEY (post_id) REFERENCES forum_post (id) ON DELETE CASCADE,
  CONSTRAINT fk_forum_bookmark_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE forum_flag (
  post_id          BIGINT        NOT NULL,
  account_id       BIGINT        NOT NULL,
  reason           VARCHAR(20)   NOT NULL,
  note             VARCHAR(500)  NULL,
  created_at       DATETIME(6)   NOT NULL,
  resolved         BOOLEAN       NOT NULL DEFAULT FALSE,
  PRIMARY KEY (post_id, account_id),
  KEY ix_forum_flag_account (account_id, created_at),
  CONSTRAINT fk_forum_flag_post FOREIGN KEY (post_id) REFERENCES forum_post (id) ON DELETE CASCADE,
  CONSTRAINT fk_forum_flag_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE forum_read_state (
  topic_id         BIGINT        NOT NULL,
  account_id       BIGINT        NOT NULL,
  last_read        INT           NOT NULL,
  PRIMARY KEY (topic_id, account_id),
  CONSTRAINT fk_forum_read_topic FOREIGN KEY (topic_id) REFERENCES forum_topic (id) ON DELETE CASCADE,
  CONSTRAINT fk_forum_read_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE forum_member (
  account_id       BIGINT        NOT NULL PRIMARY KEY,
  silenced_until   DATETIME(6)   NULL,
  silence_reason   VARCHAR(500)  NULL,
  CONSTRAINT fk_forum_member_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the six areas, "General" and "About the observatory"
INSERT INTO forum_category (slug, name_ca, name_es, name_en, description_ca, description_es, description_en,
  position, read_access, start_access, area) VALUES
('general', 'General', 'General', 'General',
 'Idees, preguntes i experiències de transformació digital dels ens locals.',
 'Ideas, preguntas y experiencias de transformación digital de los entes locales.',
 'Ideas, questions and experiences of digital transformation in local government.', 1, 'EVERYONE', 'VERIFIED', NULL),
('citizen-care', 'Primera línia d''atenció ciutadana', 'Primera línea de atención ciudadana', 'First line of citizen care',
 'Oficines d''atenció, canals, cita prèvia i acompanyament digital.',
 'Oficinas de atención, canales, cita previa y acompañamiento digital.',
 'Citizen service desks, channels, appointments and digital support.', 2, 'EVERYONE', 'VERIFIED', 'CITIZEN_CARE'),
('services-formalities', 'Serveis i tràmits', 'Servicios y trámites', 'Services and formalities',
 'Tràmits en línia, seu electrònica, notificacions i serveis digitals.',
 'Trámites en línea, sede electrónica, notificaciones y servicios digitales.',
 'Online procedures, e-office, notifications and digital services.', 3, 'EVERYONE', 'VERIFIED', 'SERVICES_FORMALITIES'),
('social-services', 'Serveis socials', 'Servicios sociales', 'Social services',
 'Eines digitals al servei de l''acció social i la cura de les persones.',
 'Herramientas digitales al servicio de la acción social y el cuidado de las personas.',
 'Digital tools for social action and care.', 4, 'EVERYONE', 'VERIFIED', 'SOCIAL_SERVICES'),
('participation', 'Participació i govern obert', 'Participación y gobierno abierto', 'Participation and open government',
 'Participació ciutadana, transparència i dades obertes.',
 'Participación ciudadana, transparencia y datos abiertos.',
 'Citizen participation, transparency and open data.', 5, 'EVERYONE', 'VERIFIED', 'PARTICIPATION'),
('planning-management', 'Planificació i gestió pública', 'Planificación y gestión pública', 'Public planning and management',
 'Gestió interna, planificació, contractació i dades per decidir.',
 'Gestión interna, planificación, contratación y datos para decidir.',
 'Internal management, planning, procurement and data for decisions.', 6, 'EVERYONE', 'VERIFIED', 'PLANNING_MANAGEMENT'),
('transformation', 'Transformació integral i canvi cultural', 'Transformación integral y cambio cultural', 'Comprehensive transformation and cultural change',
 'Estratègia, equips, formació i canvi de cultura a l''organització.',
 'Estrategia, equipos, formación y cambio de cultura en la organización.',
 'Strategy, teams, training and cultural change in the organisation.', 7, 'EVERYONE', 'VERIFIED', 'TRANSFORMATION'),
('about', 'Sobre l''observatori', 'Sobre el observatorio', 'About the observatory',
 'Propostes i dubtes sobre el portal mateix.',
 'Propuestas y dudas sobre el propio portal.',
 'Suggestions and questions about the portal itself.', 8, 'EVERYONE', 'VERIFIED', NULL);
