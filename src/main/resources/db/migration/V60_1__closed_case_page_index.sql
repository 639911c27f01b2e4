-- Closed cases are paged newest first (ORDER BY status DESC, closed_at DESC, id DESC under
-- status = 'CLOSED'). With id in the index the database reads a page straight off the index,
-- backwards, instead of sorting every closed case: 50,000 cases took about a second per page before.
DROP INDEX incident_closed_idx;
CREATE INDEX incident_closed_idx ON incident (status, closed_at, id);
