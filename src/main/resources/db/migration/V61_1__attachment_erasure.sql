-- Retention (issue 8): an attachment flagged as personal data is kept as a row when its case's
-- personal data is erased, but its file, name and digest are gone; erased_at says since when.
ALTER TABLE attachment ADD COLUMN erased_at TIMESTAMP WITH TIME ZONE;
