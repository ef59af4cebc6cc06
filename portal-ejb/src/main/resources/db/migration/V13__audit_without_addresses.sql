-- The audit trail names people by their account number: addresses already written into details are blanked.
UPDATE audit_entry SET detail = REGEXP_REPLACE(detail, '[^[:space:]@<>(),;:"'']+@[^[:space:]@<>(),;:"'']+', '[email]')
  WHERE detail LIKE '%@%';
