-- Closed cases are paged newest first; without this index every page sorts all closed cases.
CREATE INDEX incident_closed_idx ON incident (status, closed_at);
