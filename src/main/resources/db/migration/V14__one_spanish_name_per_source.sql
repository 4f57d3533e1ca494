-- The safety sources (V9) and the check's sources (V11) name two of the same pages; one Spanish name for each, so a
-- Spanish page never shows the English name in one place and its translation in another.
UPDATE translation SET text = (SELECT t.text FROM translation t WHERE t.language = 'es' AND t.text_key = 'source.6.publisher')
WHERE language = 'es' AND text_key = 'check_source.wales.publisher';
UPDATE translation SET text = (SELECT t.text FROM translation t WHERE t.language = 'es' AND t.text_key = 'source.21.title')
WHERE language = 'es' AND text_key = 'check_source.cuh.title';
