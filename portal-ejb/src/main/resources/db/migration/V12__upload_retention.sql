-- Uploads that no sheet uses are deleted after a week: found by their age.
CREATE INDEX ix_stored_file_created ON stored_file (created_at);
