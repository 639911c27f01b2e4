-- Tamper-evident audit log (issue 8). Append-only: rows are only ever inserted.
-- entry_hash = SHA-256 over the canonical encoding of every other column plus prev_hash
-- (see org.crisisdesk.operators.AuditHasher and docs/decisions/0801-audit-chain.md).
CREATE TABLE audit_entry (
    seq          BIGINT        NOT NULL PRIMARY KEY, -- 1, 2, 3 ... without gaps
    at           TIMESTAMP WITH TIME ZONE NOT NULL,  -- stored to the millisecond
    operator     VARCHAR(100)  NOT NULL,
    action       VARCHAR(64)   NOT NULL,
    entity_type  VARCHAR(64),
    entity_id    VARCHAR(64),
    case_id      BIGINT,
    field        VARCHAR(64),
    before_value VARCHAR(4000),
    after_value  VARCHAR(4000),
    prev_hash    VARCHAR(64)   NOT NULL,
    entry_hash   VARCHAR(64)   NOT NULL
);
CREATE INDEX audit_entry_case_idx ON audit_entry (case_id, seq);
CREATE INDEX audit_entry_at_idx ON audit_entry (at);
CREATE INDEX audit_entry_operator_idx ON audit_entry (operator, seq);

-- The chain head, one row. Every append updates it first, which serialises concurrent appends
-- (the row lock is held until the appending transaction ends) and lets verify() notice a
-- deleted tail.
CREATE TABLE audit_head (
    id        INT          NOT NULL PRIMARY KEY,
    last_seq  BIGINT       NOT NULL,
    last_hash VARCHAR(64)  NOT NULL,
    version   INT          DEFAULT 0 NOT NULL
);
INSERT INTO audit_head (id, last_seq, last_hash, version)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0);

-- Per-case HMAC keys for digests of personal data and free text. Deleting a case's key makes its
-- digests unmatchable; the chain stays valid because it never held the values.
CREATE TABLE case_digest_key (
    case_id    BIGINT      NOT NULL PRIMARY KEY,
    digest_key VARCHAR(64) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Cases whose personal data the retention rule erased.
CREATE TABLE personal_data_erasure (
    incident_id BIGINT       NOT NULL PRIMARY KEY REFERENCES incident (id),
    erased_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    erased_by   VARCHAR(100) NOT NULL
);
