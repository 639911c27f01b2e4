-- Phrase checker rules (禁忌语规则). One row per rule; the rule itself (patterns, exceptions,
-- suggestions, examples) is kept as the same JSON object the rules file uses, so export/import
-- and the database never disagree on the format. id/kind/severity are copied out for listing.
CREATE TABLE checker_rule (
    id          VARCHAR(80)       NOT NULL PRIMARY KEY,
    kind        VARCHAR(40)       NOT NULL,
    severity    VARCHAR(8)        NOT NULL,
    sort_order  INT               DEFAULT 0 NOT NULL,
    definition  VARCHAR(1000000)  NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(200)      NOT NULL,
    version     INT               DEFAULT 0 NOT NULL
);
