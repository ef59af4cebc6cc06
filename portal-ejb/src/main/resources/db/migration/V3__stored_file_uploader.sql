-- Who uploaded a documentation file: until a published sheet uses it, only they and the sheet's writers read it
ALTER TABLE stored_file
  ADD COLUMN uploaded_by BIGINT NULL,
  ADD CONSTRAINT fk_stored_file_uploader FOREIGN KEY (uploaded_by) REFERENCES account (id) ON DELETE SET NULL;
