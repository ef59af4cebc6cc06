-- Work that must happen once however many nodes run the portal.
-- A scheduled job runs on the node that holds its lease; a lease ends at its time, so a node that dies while
-- holding one does not keep it.
CREATE TABLE job_lease (
  name        VARCHAR(64)   NOT NULL PRIMARY KEY,
  holder      VARCHAR(120)  NOT NULL,
  held_until  DATETIME(3)   NOT NULL,
  last_run_at DATETIME(3)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A mail is sent by the node that claimed it; a claim ends at its time (a node that died while sending leaves
-- the mail to another).
ALTER TABLE mail_message
  ADD COLUMN claimed_by    VARCHAR(120) NULL,
  ADD COLUMN claimed_until DATETIME(3)  NULL;
