CREATE TABLE item (id BIGINT PRIMARY KEY, name VARCHAR(100)); INSERT INTO item VALUES (1, 'one'), (2, 'two');
