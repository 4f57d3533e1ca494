-- Before you start (issue 23): a one-minute check, and which exercises and relief techniques fit how and when
-- she gave birth. The answers never reach the server's tables: these are only the rules and their sources, read once
-- at start-up. A rule change is one migration. Sources and the passage each rule rests on: docs in the pull request
-- (drafts/23-sources.md); where two sources differ the rule follows the more cautious and its note says so.

-- The public pages the rules follow. Kept apart from `source`, whose safety pages every page of the guide lists.
CREATE TABLE check_source (
    slug      VARCHAR(40)  PRIMARY KEY,
    position  INT          NOT NULL,
    publisher VARCHAR(200) NOT NULL,
    title     VARCHAR(300) NOT NULL,
    url       VARCHAR(300) NOT NULL,
    read_on   DATE         NOT NULL
);

-- A sign that calls for help before any exercise. `level` is the part of /when-to-get-help it leads to:
-- EMERGENCY (#emergency), URGENT (#urgent: now, day or night) or APPOINTMENT (#appointment: see a doctor first).
-- `source` is NULL for the signs that come from /when-to-get-help itself (CDC, AWHONN, NHS, credited there).
CREATE TABLE check_flag (
    slug     VARCHAR(40)  PRIMARY KEY,
    position INT          NOT NULL,
    level    VARCHAR(20)  NOT NULL CHECK (level IN ('EMERGENCY', 'URGENT', 'APPOINTMENT')),
    text     VARCHAR(300) NOT NULL,
    source   VARCHAR(40)  REFERENCES check_source (slug)
);

-- One rule: when `condition` holds, `items` get `verdict` for the reason in `note`.
--   condition: answers joined by '&' (all must hold), alternatives by ',' (any); '*' always holds. Answers are
--              when:pregnant|0-2w|2-6w|6-12w|3-12m|12m+|unknown, how:vaginal|assisted|caesarean|unknown,
--              checked:yes|no|unknown and sign:doming|pgp|wrist|leaking.
--   items:     exercise or relief technique slugs separated by spaces, '*' for all of them, or '-' for a line of
--              advice that is about no one item.
--   verdict:   NOW (fits now), ASK (ask first), LATER (leave until later). Per item the most cautious verdict of the
--              rules that hold wins; among equals the lowest position.
--   source:    NULL only where the rule repeats the guide's own caution on that page (safety_note).
CREATE TABLE check_rule (
    id        INT          PRIMARY KEY,
    position  INT          NOT NULL,
    condition VARCHAR(300) NOT NULL,
    items     VARCHAR(300) NOT NULL,
    verdict   VARCHAR(8)   NOT NULL CHECK (verdict IN ('NOW', 'ASK', 'LATER')),
    note      VARCHAR(400) NOT NULL,
    source    VARCHAR(40)  REFERENCES check_source (slug)
);

INSERT INTO check_source (slug, position, publisher, title, url, read_on) VALUES
('cmo', 1, 'UK Chief Medical Officers',
 'Physical activity for women after childbirth: birth to 12 months (text of the infographic)',
 'https://www.gov.uk/government/publications/physical-activity-guidelines-pregnancy-and-after-childbirth/physical-activity-for-women-after-childbirth-birth-to-12-months-text-of-the-infographic',
 DATE '2026-12-04'),
('snee', 2, 'NHS Suffolk and North East Essex', 'After birth booklet: returning to exercise',
 'https://flipbooks.gs-cdn.co.uk/snee-maternity-transformation-program/after-birth/22', DATE '2026-12-04'),
('hse', 3, 'HSE, the health service of Ireland', 'Exercise after a caesarean',
 'https://www2.hse.ie/pregnancy-birth/birth/health-after-birth/exercise-after-caesarean/', DATE '2026-12-04'),
('ouh', 4, 'Oxford University Hospitals NHS Trust', 'Your recovery after childbirth (a copy of the leaflet)',
 'https://paperzz.com/doc/7975836/your-recovery-after-childbirth', DATE '2026-12-04'),
('lanarkshire', 5, 'NHS Lanarkshire', 'Following delivery of your baby',
 'https://www.nhslanarkshire.scot.nhs.uk/services/physiotherapy/pelvic-health-obstetric-physiotherapy/following-delivery-of-your-baby',
 DATE '2026-12-04'),
('wales', 6, 'NHS 111 Wales', 'Your post pregnancy body',
 'https://111.wales.nhs.uk/livewell/pregnancy/newmumspostbody/', DATE '2026-12-04'),
('nca', 7, 'Northern Care Alliance NHS Foundation Trust', 'Physiotherapy: pelvic girdle pain (PGP)',
 'https://northerncarealliance.nhs.uk/patient-information/patient-leaflets/physiotherapy-pelvic-girdle-pain-pgp',
 DATE '2026-12-04'),
('cuh', 8, 'Cambridge University Hospitals NHS Foundation Trust', 'Pelvic girdle pain (PGP) in pregnancy',
 'https://cuh.nhs.uk/patient-information/pelvic-girdle-pain-pgp-in-pregnancy', DATE '2026-12-04'),
('acog', 9, 'American College of Obstetricians and Gynecologists (ACOG)',
 'Physical activity and exercise during pregnancy and the postpartum period (Committee Opinion 804, summary)',
 'https://journals.lww.com/greenjournal/Fulltext/2020/04000/Physical_Activity_and_Exercise_During_Pregnancy.55.aspx',
 DATE '2026-12-04'),
('backpain', 10, 'Bridgwater Bay Health Centre (NHS)', 'Back pain',
 'https://bridgwaterbayhealth.nhs.uk/back-pain', DATE '2026-12-04'),
('crystal', 11, 'Crystal Peaks Medical Centre (a GP practice)', 'Back pain: when to see a GP',
 'https://crystalpeaksmc.co.uk/minor_illness.aspx', DATE '2026-12-04');

INSERT INTO check_flag (slug, position, level, text, source) VALUES
('chest', 1, 'EMERGENCY', 'Chest pain, a racing heart, or it is hard to breathe.', NULL),
('seizure', 2, 'EMERGENCY', 'A seizure (a fit).', NULL),
('harm', 3, 'EMERGENCY', 'Thoughts of hurting yourself or your baby.', NULL),
('legs', 4, 'EMERGENCY', 'Both legs go weak all of a sudden, or you feel numb around your genitals or bottom.', NULL),
('bladder', 5, 'EMERGENCY', 'You lose control of your bladder or bowels, or you cannot pee.', NULL),
('fever', 11, 'URGENT', 'A temperature of 38 °C (100.4 °F) or more.', NULL),
('headache', 12, 'URGENT', 'A bad headache that will not go away. A change in how you see. Or a face or hands that swell all of a sudden.', NULL),
('ribs', 13, 'URGENT', 'Pain under your right ribs or high in your belly. It can feel like pain between your shoulder blades.', NULL),
('bleeding', 14, 'URGENT', 'Heavy bleeding: a pad soaked in an hour, or clots as big as an egg.', NULL),
('leg', 15, 'URGENT', 'One leg that hurts, swells, feels warm or looks red.', NULL),
('wound', 16, 'URGENT', 'A caesarean cut that is red, leaks or starts to open.', NULL),
('fall', 17, 'URGENT', 'Back pain that started after a fall or an accident.', NULL),
('weight', 18, 'URGENT', 'Back pain, and you are losing weight without trying.', 'backpain'),
('sleep', 19, 'URGENT', 'Back pain so bad that you cannot sleep.', 'backpain'),
('night', 21, 'APPOINTMENT', 'Back pain that is worse at night or keeps getting worse. Or pain that does not ease when you rest or move.', 'backpain'),
('cancer', 22, 'APPOINTMENT', 'Back pain, and you have had cancer.', 'crystal'),
('bones', 23, 'APPOINTMENT', 'Back pain, and you have osteoporosis (thin, weak bones).', 'crystal');

INSERT INTO check_rule (id, position, condition, items, verdict, note, source) VALUES
(1, 1, 'when:pregnant', '*', 'ASK',
 'If you are pregnant, ask your midwife or doctor to check you first.', 'acog'),
(2, 2, 'how:caesarean&when:0-2w,how:caesarean&when:2-6w', 'thoracic-roll-out', 'LATER',
 'After a caesarean, do not sit up straight from lying on your back for at least six weeks. The roll-out needs that.', 'hse'),
(3, 3, 'how:caesarean&when:0-2w,how:caesarean&when:2-6w',
 'banded-as double-chins thread-the-needle couch-stretch trigger-point-release', 'ASK',
 'After a caesarean, ask your doctor before any exercise other than walking and pelvic floor work. It may be six weeks or more.', 'hse'),
(4, 4, 'how:caesarean&when:0-2w,how:caesarean&when:2-6w', 'gentle-movement', 'NOW',
 'Standing tall and easy moves help from the start. Stop if your scar pulls.', 'hse'),
(5, 5, 'how:assisted&when:0-2w,how:assisted&when:2-6w,how:unknown&when:0-2w,how:unknown&when:2-6w',
 'banded-as double-chins thread-the-needle thoracic-roll-out couch-stretch', 'ASK',
 'After a birth with help (forceps or a cup), or if we do not know how you gave birth, ask your midwife or doctor when to start. No source we read gives a time.', 'snee'),
(6, 6, 'when:0-2w,when:2-6w,when:unknown', 'thread-the-needle thoracic-roll-out', 'ASK',
 'Most people wait for their six-week check before they start exercise again. Ask before floor work or a foam roller.', 'snee'),
(7, 7, 'when:0-2w,when:2-6w,when:unknown', 'heat', 'ASK',
 'Ask your midwife or doctor before you use heat in the first six weeks after birth.', NULL),
(8, 8, 'how:caesarean&when:6-12w,how:unknown&when:6-12w',
 'banded-as double-chins thread-the-needle thoracic-roll-out couch-stretch', 'ASK',
 'After a caesarean, one NHS booklet says to wait at least eight weeks before exercise. We follow it: ask first.', 'snee'),
(9, 9, 'checked:no&when:6-12w,checked:unknown&when:6-12w', 'thread-the-needle thoracic-roll-out', 'ASK',
 'Most people wait for their six-week check before they start exercise again. Ask first, or wait for your check.', 'snee'),
(10, 10, 'sign:doming', 'thread-the-needle thoracic-roll-out', 'ASK',
 'Your tummy domes or bulges: ask a doctor or a pelvic health physio first.', 'lanarkshire'),
(11, 11, 'sign:pgp', 'couch-stretch thread-the-needle', 'ASK',
 'Pelvic girdle pain: wide or one-sided leg positions can make it worse. Ask a physio first.', 'nca'),
(12, 12, 'sign:wrist', 'thread-the-needle banded-as', 'ASK',
 'Wrist or thumb pain: this one puts weight or grip on your hand. Ask a doctor first. No source we read gives a time.', 'wales'),
(13, 13, 'sign:leaking', '-', 'ASK',
 'New leaking or a heavy feeling down below: tell your doctor or health visitor. Pelvic floor exercises can help.', 'wales'),
(14, 14, 'sign:doming,sign:leaking', '-', 'ASK',
 'Worried about your tummy muscles, leaking or heaviness? A pelvic health physio can help.', 'lanarkshire'),
(15, 15, 'sign:pgp', '-', 'ASK',
 'Pelvic girdle pain that has not settled two weeks after the birth: ask to see a physio.', 'cuh'),
(16, 16, 'checked:no&when:6-12w,checked:no&when:3-12m,checked:no&when:12m+', '-', 'ASK',
 'No postnatal check yet? Ask your doctor for one. It is a good time to talk about back pain.', 'wales'),
(99, 99, '*', '*', 'NOW',
 'Nothing in your answers calls for care with this one. Start gently, and stop if it hurts.', 'cmo');

INSERT INTO path_translation (language, english, segment) VALUES
('es', 'before-you-start', 'antes-de-empezar');

-- Spanish, through the translation table: each text by its key, with the English it was made from.
MERGE INTO translation (language, text_key, english, text) KEY (language, text_key) VALUES
('es', 'check_source.cmo.publisher', 'UK Chief Medical Officers', 'Directores médicos del Reino Unido (Chief Medical Officers)'),
('es', 'check_source.cmo.title', 'Physical activity for women after childbirth: birth to 12 months (text of the infographic)', 'Actividad física para mujeres después del parto: del nacimiento a los 12 meses (texto de la infografía, en inglés)'),
('es', 'check_source.snee.publisher', 'NHS Suffolk and North East Essex', 'NHS Suffolk and North East Essex (servicio de salud del Reino Unido)'),
('es', 'check_source.snee.title', 'After birth booklet: returning to exercise', 'Folleto después del parto: volver al ejercicio (en inglés)'),
('es', 'check_source.hse.publisher', 'HSE, the health service of Ireland', 'HSE, el servicio de salud de Irlanda'),
('es', 'check_source.hse.title', 'Exercise after a caesarean', 'Ejercicio después de una cesárea (en inglés)'),
('es', 'check_source.ouh.publisher', 'Oxford University Hospitals NHS Trust', 'Oxford University Hospitals NHS Trust (hospitales de Oxford)'),
('es', 'check_source.ouh.title', 'Your recovery after childbirth (a copy of the leaflet)', 'Tu recuperación después del parto (copia del folleto, en inglés)'),
('es', 'check_source.lanarkshire.publisher', 'NHS Lanarkshire', 'NHS Lanarkshire (servicio de salud de Escocia)'),
('es', 'check_source.lanarkshire.title', 'Following delivery of your baby', 'Después del nacimiento de tu bebé (en inglés)'),
('es', 'check_source.wales.publisher', 'NHS 111 Wales', 'NHS 111 Gales (servicio de salud de Gales)'),
('es', 'check_source.wales.title', 'Your post pregnancy body', 'Tu cuerpo después del embarazo (en inglés)'),
('es', 'check_source.nca.publisher', 'Northern Care Alliance NHS Foundation Trust', 'Northern Care Alliance NHS Foundation Trust (hospitales del norte de Inglaterra)'),
('es', 'check_source.nca.title', 'Physiotherapy: pelvic girdle pain (PGP)', 'Fisioterapia: dolor de la cintura pélvica (en inglés)'),
('es', 'check_source.cuh.publisher', 'Cambridge University Hospitals NHS Foundation Trust', 'Cambridge University Hospitals NHS Foundation Trust (hospitales de Cambridge)'),
('es', 'check_source.cuh.title', 'Pelvic girdle pain (PGP) in pregnancy', 'Dolor de la cintura pélvica en el embarazo (en inglés)'),
('es', 'check_source.acog.publisher', 'American College of Obstetricians and Gynecologists (ACOG)', 'Colegio Estadounidense de Obstetras y Ginecólogos (ACOG)'),
('es', 'check_source.acog.title', 'Physical activity and exercise during pregnancy and the postpartum period (Committee Opinion 804, summary)', 'Actividad física y ejercicio en el embarazo y después del parto (opinión de comité 804, resumen, en inglés)'),
('es', 'check_source.backpain.publisher', 'Bridgwater Bay Health Centre (NHS)', 'Bridgwater Bay Health Centre (centro de salud del NHS)'),
('es', 'check_source.backpain.title', 'Back pain', 'Dolor de espalda (en inglés)'),
('es', 'check_source.crystal.publisher', 'Crystal Peaks Medical Centre (a GP practice)', 'Crystal Peaks Medical Centre (un consultorio médico)'),
('es', 'check_source.crystal.title', 'Back pain: when to see a GP', 'Dolor de espalda: cuándo ver al médico (en inglés)'),

('es', 'check_flag.chest.text', 'Chest pain, a racing heart, or it is hard to breathe.', 'Dolor en el pecho, el corazón muy acelerado, o te cuesta respirar.'),
('es', 'check_flag.seizure.text', 'A seizure (a fit).', 'Una convulsión (un ataque).'),
('es', 'check_flag.harm.text', 'Thoughts of hurting yourself or your baby.', 'Pensamientos de hacerte daño a ti o a tu bebé.'),
('es', 'check_flag.legs.text', 'Both legs go weak all of a sudden, or you feel numb around your genitals or bottom.', 'Las dos piernas se te debilitan de repente, o sientes adormecidos los genitales o las nalgas.'),
('es', 'check_flag.bladder.text', 'You lose control of your bladder or bowels, or you cannot pee.', 'Pierdes el control de la vejiga o del intestino, o no puedes orinar.'),
('es', 'check_flag.fever.text', 'A temperature of 38 °C (100.4 °F) or more.', 'Una temperatura de 38 °C (100.4 °F) o más.'),
('es', 'check_flag.headache.text', 'A bad headache that will not go away. A change in how you see. Or a face or hands that swell all of a sudden.', 'Un dolor de cabeza fuerte que no se quita. Un cambio en cómo ves. O la cara o las manos que se hinchan de repente.'),
('es', 'check_flag.ribs.text', 'Pain under your right ribs or high in your belly. It can feel like pain between your shoulder blades.', 'Dolor debajo de las costillas del lado derecho o en la parte alta de la barriga. Puede sentirse como dolor entre los omóplatos.'),
('es', 'check_flag.bleeding.text', 'Heavy bleeding: a pad soaked in an hour, or clots as big as an egg.', 'Sangrado abundante: una toalla empapada en una hora, o coágulos del tamaño de un huevo.'),
('es', 'check_flag.leg.text', 'One leg that hurts, swells, feels warm or looks red.', 'Una pierna que duele, se hincha, está caliente o se ve roja.'),
('es', 'check_flag.wound.text', 'A caesarean cut that is red, leaks or starts to open.', 'La herida de la cesárea está roja, supura o empieza a abrirse.'),
('es', 'check_flag.fall.text', 'Back pain that started after a fall or an accident.', 'Dolor de espalda que empezó después de una caída o un accidente.'),
('es', 'check_flag.weight.text', 'Back pain, and you are losing weight without trying.', 'Dolor de espalda, y estás bajando de peso sin querer.'),
('es', 'check_flag.sleep.text', 'Back pain so bad that you cannot sleep.', 'Dolor de espalda tan fuerte que no te deja dormir.'),
('es', 'check_flag.night.text', 'Back pain that is worse at night or keeps getting worse. Or pain that does not ease when you rest or move.', 'Dolor de espalda que empeora de noche o que va a peor. O un dolor que no se calma al descansar o moverte.'),
('es', 'check_flag.cancer.text', 'Back pain, and you have had cancer.', 'Dolor de espalda, y has tenido cáncer.'),
('es', 'check_flag.bones.text', 'Back pain, and you have osteoporosis (thin, weak bones).', 'Dolor de espalda, y tienes osteoporosis (huesos delgados y débiles).'),

('es', 'check_rule.1.note', 'If you are pregnant, ask your midwife or doctor to check you first.', 'Si estás embarazada, pide a tu partera o médico que te revise primero.'),
('es', 'check_rule.2.note', 'After a caesarean, do not sit up straight from lying on your back for at least six weeks. The roll-out needs that.', 'Después de una cesárea, no te sientes de golpe desde boca arriba durante al menos seis semanas. El rodillo te obliga a hacerlo.'),
('es', 'check_rule.3.note', 'After a caesarean, ask your doctor before any exercise other than walking and pelvic floor work. It may be six weeks or more.', 'Después de una cesárea, pregunta a tu médico antes de hacer cualquier ejercicio que no sea caminar o el suelo pélvico. Pueden ser seis semanas o más.'),
('es', 'check_rule.4.note', 'Standing tall and easy moves help from the start. Stop if your scar pulls.', 'Pararte derecha y moverte con suavidad ayuda desde el principio. Para si te jala la cicatriz.'),
('es', 'check_rule.5.note', 'After a birth with help (forceps or a cup), or if we do not know how you gave birth, ask your midwife or doctor when to start. No source we read gives a time.', 'Después de un parto con ayuda (fórceps o ventosa), o si no sabemos cómo diste a luz, pregunta a tu partera o médico cuándo empezar. Ninguna fuente que leímos da un plazo.'),
('es', 'check_rule.6.note', 'Most people wait for their six-week check before they start exercise again. Ask before floor work or a foam roller.', 'La mayoría espera a su revisión de las seis semanas para volver al ejercicio. Pregunta antes de hacer ejercicios en el piso o con rodillo.'),
('es', 'check_rule.7.note', 'Ask your midwife or doctor before you use heat in the first six weeks after birth.', 'Pregunta a tu partera o médico antes de usar calor en las primeras seis semanas después del parto.'),
('es', 'check_rule.8.note', 'After a caesarean, one NHS booklet says to wait at least eight weeks before exercise. We follow it: ask first.', 'Después de una cesárea, un folleto del NHS dice que esperes al menos ocho semanas para hacer ejercicio. Lo seguimos: pregunta primero.'),
('es', 'check_rule.9.note', 'Most people wait for their six-week check before they start exercise again. Ask first, or wait for your check.', 'La mayoría espera a su revisión de las seis semanas para volver al ejercicio. Pregunta primero, o espera a tu revisión.'),
('es', 'check_rule.10.note', 'Your tummy domes or bulges: ask a doctor or a pelvic health physio first.', 'Se te abomba o se te sale la barriga: pregunta primero a un médico o a una fisioterapeuta de suelo pélvico.'),
('es', 'check_rule.11.note', 'Pelvic girdle pain: wide or one-sided leg positions can make it worse. Ask a physio first.', 'Dolor de la cintura pélvica: abrir mucho las piernas o cargar el peso en una sola puede empeorarlo. Pregunta primero a una fisioterapeuta.'),
('es', 'check_rule.12.note', 'Wrist or thumb pain: this one puts weight or grip on your hand. Ask a doctor first. No source we read gives a time.', 'Dolor de muñeca o de pulgar: este ejercicio carga peso o fuerza en la mano. Pregunta primero a un médico. Ninguna fuente que leímos da un plazo.'),
('es', 'check_rule.13.note', 'New leaking or a heavy feeling down below: tell your doctor or health visitor. Pelvic floor exercises can help.', 'Se te escapa la orina de nuevo, o sientes peso ahí abajo: díselo a tu médico o enfermera. Los ejercicios de suelo pélvico pueden ayudar.'),
('es', 'check_rule.14.note', 'Worried about your tummy muscles, leaking or heaviness? A pelvic health physio can help.', '¿Te preocupan los músculos de la barriga, las pérdidas de orina o la sensación de peso? Una fisioterapeuta de suelo pélvico puede ayudarte.'),
('es', 'check_rule.15.note', 'Pelvic girdle pain that has not settled two weeks after the birth: ask to see a physio.', 'Dolor de la cintura pélvica que no se calma dos semanas después del parto: pide ver a una fisioterapeuta.'),
('es', 'check_rule.16.note', 'No postnatal check yet? Ask your doctor for one. It is a good time to talk about back pain.', '¿Todavía no tienes tu revisión después del parto? Pídela a tu médico. Es un buen momento para hablar del dolor de espalda.'),
('es', 'check_rule.99.note', 'Nothing in your answers calls for care with this one. Start gently, and stop if it hurts.', 'Nada en tus respuestas pide cuidado con este. Empieza con suavidad, y para si duele.');
