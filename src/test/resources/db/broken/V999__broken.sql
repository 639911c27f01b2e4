-- A deliberately broken migration for MigrationFailureTest: the second statement fails.
CREATE TABLE upgrade_probe (id INT PRIMARY KEY);
INSERT INTO no_such_table VALUES (1);
