-- The pain diary (/diary): its address in Spanish. Everything else of it is on the reader's device.
INSERT INTO path_translation (language, english, segment) VALUES ('es', 'diary', 'diario');
