-- Clinically sound (issue 22): the warning signs that make upper-back pain itself an emergency, a middle level that
-- does not wait for morning, every "check first" caution where the movement is done, and wording that no longer
-- overstates. Each sign and caution was checked against a stored public page; /work/drafts/22-sources.md (the
-- closing note) lists each one with its source and the passage. English and Spanish together.

-- Sources: the public pages the new signs and cautions follow ---------------------------------------------------
-- PUBLIC: a page checked for one sign, caution or claim. Listed on When to get help and About; the footer and the
-- source line under an exercise keep naming only the three safety pages (CDC, AWHONN, NHS back pain).

ALTER TABLE source DROP CONSTRAINT source_kind;
ALTER TABLE source ADD CONSTRAINT source_kind_v9 CHECK (kind IN ('ARTICLE', 'SAFETY', 'PUBLIC'));

INSERT INTO source (id, author, publisher, description, title, url, read_on, kind) VALUES
(6, 'NHS 111 Wales', 'NHS 111 Wales',
 'A clot in the lung can cause pain in the chest or upper back, trouble breathing or coughing up blood; passing out calls for 999.',
 'Pulmonary embolism', 'https://111.wales.nhs.uk/Encyclopaedia/p/article/pulmonaryembolism', DATE '2026-12-04', 'PUBLIC'),
(7, 'NHS England', 'Your Health Your Pharmacy',
 'NHS England''s list of heart attack signs: chest pain, and pain that spreads to the arms, jaw, neck or back, with sweating or breathlessness.',
 'Heart attack: spot the signs', 'https://www.yourhealthyourpharmacy.co.uk/heart-attack-spot-the-signs/', DATE '2026-12-04', 'PUBLIC'),
(8, 'The UK Sepsis Trust', 'Patient.info',
 'The six signs of sepsis in an adult that call for help at once.',
 'Adult sepsis safety net', 'https://patient.info/infections/sepsis-septicaemia-leaflet/adult-sepsis-safety-net', DATE '2026-12-04', 'PUBLIC'),
(9, 'Action on Postpartum Psychosis', 'Action on Postpartum Psychosis',
 'Postpartum psychosis starts suddenly after birth and should always be treated as a medical emergency.',
 'Postpartum psychosis', 'https://www.app-network.org/postpartum-psychosis/', DATE '2026-12-04', 'PUBLIC'),
(10, 'Mayo Clinic', 'Mayo Clinic',
 'A headache that comes on suddenly and severely, the worst ever, needs medical care at once.',
 'Thunderclap headaches: symptoms', 'http://www.mayoclinic.org/diseases-conditions/thunderclap-headaches/basics/symptoms/con-20025335', DATE '2026-12-04', 'PUBLIC'),
(11, 'University Hospitals Birmingham NHS', 'University Hospitals Birmingham NHS Foundation Trust',
 'When to call the maternity unit, and when heavy bleeding calls for 999.',
 'When to call the midwife', 'https://www.uhb.nhs.uk/services/maternity/when-to-call-the-midwife.htm', DATE '2026-12-04', 'PUBLIC'),
(12, 'Bradford Teaching Hospitals NHS', 'Bradford Teaching Hospitals NHS Foundation Trust',
 'Rare problems after an epidural or spinal: weak or numb legs, bladder or bowel changes, fever with a stiff neck, new back pain, a headache worse on standing.',
 'What to look out for after an epidural or spinal anaesthetic', 'https://digitalpatientinformationhub.bradfordhospitals.nhs.uk/leaflets/what-to-look-out-for-after-an-epiduralor-spinal-anaesthetic', DATE '2026-12-04', 'PUBLIC'),
(13, 'Journal of Urgent Care Medicine', 'Journal of Urgent Care Medicine',
 'Urgent care sends bleeding and high blood pressure in pregnancy on to a hospital with a maternity team.',
 'An urgent care approach to complications of pregnancy, part 2', 'https://www.jucm.com/an-urgent-care-approach-to-complications-and-conditions-of-pregnancy-part-2/', DATE '2026-12-04', 'PUBLIC'),
(14, 'Diastasis Recti Awareness', 'Diastasis Recti Awareness',
 'Be careful with any exercise that makes the middle of the tummy dome.',
 'Physiotherapy and exercise', 'https://diastasis-recti.org.uk/physiotherapy-and-exercise', DATE '2026-12-04', 'PUBLIC'),
(15, 'Provide Outpatient Physiotherapy', 'Provide CIC',
 'A physiotherapy leaflet on tummy muscle separation: roll to the side to get up from lying down.',
 'Diastasis recti (abdominal separation)', 'https://issuu.com./providecic/docs/diastasis_recti_a5__pla-2750-1833-0', DATE '2026-12-04', 'PUBLIC'),
(16, 'Emory Healthcare', 'Emory Healthcare',
 'Pain at the wrist and base of the thumb is common in new parents who lift and hold a baby.',
 'De Quervain''s tenosynovitis is common in new parents', 'https://prod.emoryhealthcare.org/stories/ortho/carmens-fix-for-mommy-thumb-de-quervains-tenosynovitis-is-common-in-new-parents', DATE '2026-12-04', 'PUBLIC'),
(17, 'Christopher S. Kovacs', 'Journal of the Endocrine Society',
 'A 2025 review: bone strength drops for a while in pregnancy and breastfeeding, and can rarely lead to breaks from small knocks.',
 'Pregnancy and lactation associated bone fragility', 'https://ouci.dntb.gov.ua/works/lxLvjvwE', DATE '2026-12-04', 'PUBLIC'),
(18, 'Little Mum Care', 'Little Mum Care',
 'Heat pack burns: do not sleep with a heat pack, and do not use one on skin without normal feeling.',
 'How to prevent heat pack burns', 'https://littlemumcare.co.uk/blogs/heat-cold-therapy/how-to-prevent-heat-pack-burn', DATE '2026-12-04', 'PUBLIC'),
(19, 'Aldabe and others', 'European Spine Journal',
 'A 2012 systematic review: the evidence linking relaxin levels to pregnancy pelvic pain is weak.',
 'Pregnancy-related pelvic girdle pain and its relationship with relaxin levels during pregnancy: a systematic review', 'https://link.springer.com/article/10.1007/s00586-012-2162-x', DATE '2026-12-04', 'PUBLIC'),
(20, 'Slater and others', 'Journal of Orthopaedic and Sports Physical Therapy (JOSPT)',
 'A 2019 viewpoint: there is no strong evidence that one way of sitting or standing prevents back pain.',
 '"Sit up straight": time to re-evaluate', 'https://ulris3.ul.ie/live/!W_VA_PUBLICATION.POPUP?LAYOUT=N&OBJECT_ID=2991942', DATE '2026-12-04', 'PUBLIC'),
(21, 'Cambridge University Hospitals NHS', 'Cambridge University Hospitals NHS Foundation Trust',
 'Pelvic girdle pain in pregnancy: the pelvis stays strong and stable, and pain that does not settle after birth is for a physiotherapist.',
 'Pelvic girdle pain (PGP) in pregnancy', 'https://cuh.nhs.uk/patient-information/pelvic-girdle-pain-pgp-in-pregnancy', DATE '2026-12-04', 'PUBLIC');

-- The pages keep their own titles and addresses; the Spanish says what each one holds.
INSERT INTO translation (language, text_key, english, text)
SELECT 'es', 'source.' || CAST(id AS VARCHAR) || '.' || c.col,
       CASE c.col WHEN 'author' THEN author WHEN 'publisher' THEN publisher WHEN 'title' THEN title ELSE url END,
       CASE c.col WHEN 'author' THEN REPLACE(author, ' and others', ' y otros') WHEN 'publisher' THEN publisher
                  WHEN 'title' THEN title ELSE url END
FROM source CROSS JOIN (VALUES ('author'), ('publisher'), ('title'), ('url')) AS c(col)
WHERE kind = 'PUBLIC';

INSERT INTO translation (language, text_key, english, text)
SELECT 'es', 'source.' || CAST(s.id AS VARCHAR) || '.description', s.description, d.text
FROM source s JOIN (VALUES
(6, 'Un coágulo en el pulmón puede causar dolor en el pecho o en la parte alta de la espalda, dificultad para respirar o tos con sangre; si alguien se desmaya, hay que llamar al 999.'),
(7, 'La lista del NHS de Inglaterra con las señales de un infarto: dolor en el pecho, y dolor que se extiende a los brazos, la mandíbula, el cuello o la espalda, con sudor o falta de aire.'),
(8, 'Las seis señales de sepsis en un adulto que piden ayuda de inmediato.'),
(9, 'La psicosis posparto empieza de repente después del parto y siempre debe tratarse como una emergencia médica.'),
(10, 'Un dolor de cabeza que llega de golpe y muy fuerte, el peor de tu vida, necesita atención médica de inmediato.'),
(11, 'Cuándo llamar a la unidad de maternidad, y cuándo el sangrado abundante pide llamar al 999.'),
(12, 'Problemas raros después de una epidural o raquídea: piernas débiles o entumecidas, cambios en la vejiga o el intestino, fiebre con el cuello rígido, dolor de espalda nuevo, dolor de cabeza que empeora de pie.'),
(13, 'Los centros de atención urgente envían el sangrado y la presión alta del embarazo a un hospital con equipo de maternidad.'),
(14, 'Cuidado con cualquier ejercicio que haga abultarse el centro del vientre.'),
(15, 'Un folleto de fisioterapia sobre la separación de los músculos del vientre: gira de lado para levantarte cuando estás acostada.'),
(16, 'El dolor en la muñeca y en la base del pulgar es común en quienes cargan y sostienen a un bebé.'),
(17, 'Una revisión de 2025: los huesos se debilitan por un tiempo en el embarazo y la lactancia, y en raros casos se rompen con golpes leves.'),
(18, 'Quemaduras con bolsas de calor: no duermas con una, y no la uses sobre piel que no siente bien.'),
(19, 'Una revisión sistemática de 2012: las pruebas que unen la relaxina con el dolor pélvico del embarazo son débiles.'),
(20, 'Un artículo de opinión de 2019: no hay pruebas sólidas de que una forma de sentarse o de estar de pie evite el dolor de espalda.'),
(21, 'Dolor pélvico en el embarazo: la pelvis sigue fuerte y estable, y el dolor que no se calma después del parto es para un fisioterapeuta.')
) AS d(id, text) ON d.id = s.id;

UPDATE guide_release SET reviewed_on = DATE '2026-12-04' WHERE id = 1;

-- Warning signs: EMERGENCY, URGENT (now, day or night), APPOINTMENT ---------------------------------------------
-- The middle level was CLINICIAN ("today"); it is URGENT now. The table is rebuilt so the new level has a named check.

ALTER TABLE warning_sign RENAME TO warning_sign_v3;

CREATE TABLE warning_sign (
    id         INT          PRIMARY KEY,
    position   INT          NOT NULL,
    urgency    VARCHAR(20)  NOT NULL,
    text       VARCHAR(400) NOT NULL,
    print_text VARCHAR(120),
    CONSTRAINT warning_sign_urgency CHECK (urgency IN ('EMERGENCY', 'URGENT', 'APPOINTMENT'))
);

INSERT INTO warning_sign (id, position, urgency, text, print_text)
SELECT id, CASE WHEN urgency = 'EMERGENCY' THEN position ELSE position + 20 END,
       CASE WHEN urgency = 'CLINICIAN' THEN 'URGENT' ELSE urgency END, text, print_text
FROM warning_sign_v3;

DROP TABLE warning_sign_v3;

-- Emergency: the signs that make chest or upper-back pain dangerous, sepsis, psychosis, fainting, the worst headache,
-- bleeding with faintness, a serious fall, and the back emergencies in the NHS's wording.
UPDATE warning_sign SET position = 1 WHERE id = 1;
UPDATE warning_sign SET position = 3 WHERE id = 2;
UPDATE warning_sign SET position = 4 WHERE id = 3;
UPDATE warning_sign SET position = 5 WHERE id = 4;
UPDATE warning_sign SET position = 12, text = 'Pain, tingling, weakness or numbness in both legs.',
    print_text = 'Pain, tingling, weakness or numbness in both legs' WHERE id = 5;
UPDATE warning_sign SET position = 14,
    text = 'New trouble peeing, or you newly lose control of your bladder or bowels. Some leaking is common after birth; what matters is a change that is new.',
    print_text = 'New trouble peeing, or new loss of bladder or bowel control' WHERE id = 6;

INSERT INTO warning_sign (id, position, urgency, text, print_text) VALUES
(41, 2, 'EMERGENCY', 'Sudden pain in your chest or upper back. It is most serious with any of these: you are short of breath, it hurts to breathe in, or you cough up blood. Or you sweat, or the pain spreads to your arm, jaw or neck.',
 'Sudden pain in the chest or upper back'),
(42, 6, 'EMERGENCY', 'You see or hear things that are not there. Or you believe things that are not true, or you feel very confused all of a sudden. This can be postpartum psychosis, a medical emergency.',
 'Seeing or hearing things that are not there'),
(43, 7, 'EMERGENCY', 'Signs of a very bad infection (sepsis): you are confused or your speech is slurred. You shiver hard or your muscles ache badly. You have not peed all day. You are very short of breath. Or your skin looks blotchy, blue or very pale.',
 'Confused, shivering hard, no pee all day, or blotchy skin (sepsis)'),
(44, 8, 'EMERGENCY', 'You faint or pass out.', 'Fainting'),
(45, 9, 'EMERGENCY', 'A sudden, very bad headache, the worst you have ever had.', 'A sudden, very bad headache'),
(46, 10, 'EMERGENCY', 'Heavy bleeding, and you feel faint or your heart races.', 'Heavy bleeding with faintness or a racing heart'),
(47, 11, 'EMERGENCY', 'A serious fall or accident, such as a car crash.', 'A serious fall or accident'),
(48, 13, 'EMERGENCY', 'Your genitals or bottom feel numb or tingly.', 'Numb or tingling around the genitals or bottom'),
(49, 15, 'EMERGENCY', 'After an epidural or spinal: your legs go weak or numb, or your bladder or bowels change.',
 'After an epidural or spinal: weak or numb legs, or bladder or bowel changes');

-- Urgent: pre-eclampsia without the shoulder blades; dizziness here, fainting above; epidural signs for the same day.
UPDATE warning_sign SET
    text = 'New pain under your right ribs, most of all with a headache, a change in how you see, or sudden swelling. It can be a sign of high blood pressure after birth (pre-eclampsia). This can start weeks after the baby comes.',
    print_text = 'New pain under the right ribs' WHERE id = 13;
UPDATE warning_sign SET text = 'You feel dizzy or light-headed.' WHERE id = 18;
UPDATE warning_sign SET
    text = 'After an epidural or spinal: a fever with a stiff neck, or new, bad back pain or redness where the needle went in. Or a headache that gets worse when you sit or stand up.'
WHERE id = 23;
UPDATE warning_sign SET text = 'Back pain after a smaller fall or a bump.' WHERE id = 24;

MERGE INTO translation (language, text_key, english, text) KEY (language, text_key) VALUES
('es', 'warning_sign.3.text', 'You have a seizure (a fit).', 'Convulsiones (sacudidas que no puedes controlar).'),
('es', 'warning_sign.3.print_text', 'A seizure', 'Convulsiones'),
('es', 'warning_sign.5.text', 'Pain, tingling, weakness or numbness in both legs.', 'Dolor, hormigueo, debilidad o entumecimiento en las dos piernas.'),
('es', 'warning_sign.5.print_text', 'Pain, tingling, weakness or numbness in both legs', 'Dolor, hormigueo, debilidad o entumecimiento en ambas piernas'),
('es', 'warning_sign.6.text', 'New trouble peeing, or you newly lose control of your bladder or bowels. Some leaking is common after birth; what matters is a change that is new.',
 'Te cuesta orinar desde hace poco, o acabas de perder el control de la vejiga o del intestino. Perder un poco de orina es común después del parto; lo que importa es un cambio nuevo.'),
('es', 'warning_sign.6.print_text', 'New trouble peeing, or new loss of bladder or bowel control', 'Nuevo: te cuesta orinar o no controlas vejiga o intestino'),
('es', 'warning_sign.41.text', 'Sudden pain in your chest or upper back. It is most serious with any of these: you are short of breath, it hurts to breathe in, or you cough up blood. Or you sweat, or the pain spreads to your arm, jaw or neck.',
 'Dolor repentino en el pecho o en la parte alta de la espalda. Es más grave si además te falta el aire, te duele al inhalar o toses sangre. O si sudas, o el dolor se extiende al brazo, la mandíbula o el cuello.'),
('es', 'warning_sign.41.print_text', 'Sudden pain in the chest or upper back', 'Dolor repentino en el pecho o la espalda alta'),
('es', 'warning_sign.42.text', 'You see or hear things that are not there. Or you believe things that are not true, or you feel very confused all of a sudden. This can be postpartum psychosis, a medical emergency.',
 'Ves u oyes cosas que no están ahí. O crees cosas que no son ciertas, o de pronto te sientes muy confundida. Puede ser psicosis posparto, una emergencia médica.'),
('es', 'warning_sign.42.print_text', 'Seeing or hearing things that are not there', 'Ver u oír cosas que no están ahí'),
('es', 'warning_sign.43.text', 'Signs of a very bad infection (sepsis): you are confused or your speech is slurred. You shiver hard or your muscles ache badly. You have not peed all day. You are very short of breath. Or your skin looks blotchy, blue or very pale.',
 'Señales de una infección muy grave (sepsis): estás confundida o hablas arrastrando las palabras. Tiemblas mucho o te duelen mucho los músculos. No has orinado en todo el día. Te falta mucho el aire. O tu piel se ve manchada, azulada o muy pálida.'),
('es', 'warning_sign.43.print_text', 'Confused, shivering hard, no pee all day, or blotchy skin (sepsis)', 'Sepsis: confusión, temblores, sin orinar, piel manchada'),
('es', 'warning_sign.44.text', 'You faint or pass out.', 'Te desmayas o pierdes el conocimiento.'),
('es', 'warning_sign.44.print_text', 'Fainting', 'Desmayo'),
('es', 'warning_sign.45.text', 'A sudden, very bad headache, the worst you have ever had.', 'Un dolor de cabeza repentino y muy fuerte, el peor que has tenido.'),
('es', 'warning_sign.45.print_text', 'A sudden, very bad headache', 'Un dolor de cabeza repentino y muy fuerte'),
('es', 'warning_sign.46.text', 'Heavy bleeding, and you feel faint or your heart races.', 'Sangrado abundante, y te sientes a punto de desmayarte o el corazón se te acelera.'),
('es', 'warning_sign.46.print_text', 'Heavy bleeding with faintness or a racing heart', 'Sangrado abundante con desmayo o corazón acelerado'),
('es', 'warning_sign.47.text', 'A serious fall or accident, such as a car crash.', 'Una caída o un accidente grave, como un choque de auto.'),
('es', 'warning_sign.47.print_text', 'A serious fall or accident', 'Una caída o un accidente grave'),
('es', 'warning_sign.48.text', 'Your genitals or bottom feel numb or tingly.', 'Entumecimiento u hormigueo alrededor de los genitales o las nalgas.'),
('es', 'warning_sign.48.print_text', 'Numb or tingling around the genitals or bottom', 'Hormigueo o entumecimiento en genitales o nalgas'),
('es', 'warning_sign.49.text', 'After an epidural or spinal: your legs go weak or numb, or your bladder or bowels change.',
 'Después de una epidural o raquídea: las piernas se te debilitan o entumecen, o notas cambios en la vejiga o el intestino.'),
('es', 'warning_sign.49.print_text', 'After an epidural or spinal: weak or numb legs, or bladder or bowel changes', 'Tras epidural o raquídea: piernas débiles o dormidas, o cambios al orinar o evacuar'),
('es', 'warning_sign.11.text', 'A temperature of 38 °C (100.4 °F) or higher.', 'Una temperatura de 38 °C (100.4 °F) o más.'),
('es', 'warning_sign.11.print_text', 'A fever of 38 °C (100.4 °F) or more', 'Fiebre de 38 °C (100.4 °F) o más'),
('es', 'warning_sign.13.text', 'New pain under your right ribs, most of all with a headache, a change in how you see, or sudden swelling. It can be a sign of high blood pressure after birth (pre-eclampsia). This can start weeks after the baby comes.',
 'Dolor nuevo debajo de las costillas del lado derecho, sobre todo con dolor de cabeza, cambios en la vista o hinchazón repentina. Puede ser señal de presión alta después del parto (preeclampsia). Puede empezar semanas después de que nace el bebé.'),
('es', 'warning_sign.13.print_text', 'New pain under the right ribs', 'Dolor nuevo debajo de las costillas derechas'),
('es', 'warning_sign.17.text', 'A hot, red, sore patch on a breast, with a fever or a feeling like flu.', 'Una zona caliente, roja y adolorida en un seno, con fiebre o una sensación como de gripe.'),
('es', 'warning_sign.18.text', 'You feel dizzy or light-headed.', 'Te sientes mareada o aturdida.'),
('es', 'warning_sign.23.text', 'After an epidural or spinal: a fever with a stiff neck, or new, bad back pain or redness where the needle went in. Or a headache that gets worse when you sit or stand up.',
 'Después de una epidural o raquídea: fiebre con el cuello rígido, o un dolor de espalda nuevo y fuerte, o enrojecimiento donde entró la aguja. O un dolor de cabeza que empeora al sentarte o ponerte de pie.'),
('es', 'warning_sign.24.text', 'Back pain after a smaller fall or a bump.', 'Dolor de espalda después de una caída leve o un golpe.');

-- Cautions where the movement is done ------------------------------------------------------------------------------
-- One row per "not if / not yet" line, by the slug of the exercise or technique. own = TRUE marks the guide's own
-- caution (no public page says it in these words), so no source line credits it to CDC, AWHONN or NHS.

CREATE TABLE safety_caution (
    slug     VARCHAR(80)  NOT NULL,
    position INT          NOT NULL,
    text     VARCHAR(400) NOT NULL,
    own      BOOLEAN      NOT NULL,
    PRIMARY KEY (slug, position)
);

INSERT INTO safety_caution (slug, position, text, own) VALUES
('thread-the-needle', 1, 'Pregnant, had a caesarean, or gave birth in the last six weeks? Ask your midwife or doctor before you do floor work like this.', TRUE),
('thread-the-needle', 2, 'Does the middle of your tummy bulge into a ridge (doming), or is there a gap there (diastasis)? Skip floor work like this until a physiotherapist checks it.', FALSE),
('thread-the-needle', 3, 'Pelvic pain when you kneel or go on all fours? Put a cushion under your knees, or twist your upper back sitting on a chair instead.', TRUE),
('thread-the-needle', 4, 'Sore wrist or thumb? Lean on your forearm instead of your hand.', TRUE),
('thread-the-needle', 5, 'To get up from the floor, roll onto your side first, then push up with your arms.', FALSE),
('thoracic-roll-out', 1, 'Pregnant, had a caesarean, or gave birth in the last six weeks? Ask your midwife or doctor before you lie on a foam roller.', TRUE),
('thoracic-roll-out', 2, 'Does the middle of your tummy bulge into a ridge (doming), or is there a gap there (diastasis)? Skip the roll-out until a physiotherapist checks it.', FALSE),
('thoracic-roll-out', 3, 'Pregnancy and breastfeeding can thin the bones for a while. Told you have thin bones (osteoporosis), or broke a bone from a small knock? Ask your doctor before you use the roller.', FALSE),
('thoracic-roll-out', 4, 'To get up from the floor, roll onto your side first, then push up with your arms.', FALSE),
('couch-stretch', 1, 'Pelvic pain when you kneel? Put a cushion under your knees, or do the doorway stretch standing up instead.', TRUE),
('trigger-point-release', 1, 'Pregnancy and breastfeeding can thin the bones for a while. Told you have thin bones (osteoporosis), or broke a bone from a small knock? Ask your doctor before you lean on the ball.', FALSE),
('heat', 1, 'Not on a caesarean wound.', TRUE),
('heat', 2, 'Not on a red or sore breast. Ask your midwife about that instead.', TRUE),
('heat', 3, 'Not while you hold your baby.', TRUE),
('heat', 4, 'In pregnancy, keep a bath warm, not hot.', TRUE);

INSERT INTO translation (language, text_key, english, text) VALUES
('es', 'safety_caution.thread-the-needle.1.text', 'Pregnant, had a caesarean, or gave birth in the last six weeks? Ask your midwife or doctor before you do floor work like this.',
 '¿Estás embarazada, tuviste una cesárea o diste a luz hace menos de seis semanas? Pregunta a tu partera o médico antes de hacer ejercicios en el suelo como este.'),
('es', 'safety_caution.thread-the-needle.2.text', 'Does the middle of your tummy bulge into a ridge (doming), or is there a gap there (diastasis)? Skip floor work like this until a physiotherapist checks it.',
 '¿Se te abulta el centro del vientre, o hay una separación (diástasis)? No hagas ejercicios en el suelo como este hasta que te revise un fisioterapeuta.'),
('es', 'safety_caution.thread-the-needle.3.text', 'Pelvic pain when you kneel or go on all fours? Put a cushion under your knees, or twist your upper back sitting on a chair instead.',
 '¿Te duele la pelvis al arrodillarte o al ponerte en cuatro puntos? Pon un cojín bajo las rodillas, o gira la parte alta de la espalda sentada en una silla.'),
('es', 'safety_caution.thread-the-needle.4.text', 'Sore wrist or thumb? Lean on your forearm instead of your hand.',
 '¿Te duele la muñeca o el pulgar? Apóyate en el antebrazo en lugar de la mano.'),
('es', 'safety_caution.thread-the-needle.5.text', 'To get up from the floor, roll onto your side first, then push up with your arms.',
 'Para levantarte del suelo, primero gira de lado y luego empújate con los brazos.'),
('es', 'safety_caution.thoracic-roll-out.1.text', 'Pregnant, had a caesarean, or gave birth in the last six weeks? Ask your midwife or doctor before you lie on a foam roller.',
 '¿Estás embarazada, tuviste una cesárea o diste a luz hace menos de seis semanas? Pregunta a tu partera o médico antes de acostarte sobre un rodillo de espuma.'),
('es', 'safety_caution.thoracic-roll-out.2.text', 'Does the middle of your tummy bulge into a ridge (doming), or is there a gap there (diastasis)? Skip the roll-out until a physiotherapist checks it.',
 '¿Se te abulta el centro del vientre, o hay una separación (diástasis)? No uses el rodillo hasta que te revise un fisioterapeuta.'),
('es', 'safety_caution.thoracic-roll-out.3.text', 'Pregnancy and breastfeeding can thin the bones for a while. Told you have thin bones (osteoporosis), or broke a bone from a small knock? Ask your doctor before you use the roller.',
 'El embarazo y la lactancia pueden debilitar los huesos un tiempo. ¿Tienes osteoporosis, o te rompiste un hueso con un golpe leve? Pregunta a tu médico antes de usar el rodillo.'),
('es', 'safety_caution.thoracic-roll-out.4.text', 'To get up from the floor, roll onto your side first, then push up with your arms.',
 'Para levantarte del suelo, primero gira de lado y luego empújate con los brazos.'),
('es', 'safety_caution.couch-stretch.1.text', 'Pelvic pain when you kneel? Put a cushion under your knees, or do the doorway stretch standing up instead.',
 '¿Te duele la pelvis al arrodillarte? Pon un cojín bajo las rodillas, o haz de pie el estiramiento en el marco de una puerta.'),
('es', 'safety_caution.trigger-point-release.1.text', 'Pregnancy and breastfeeding can thin the bones for a while. Told you have thin bones (osteoporosis), or broke a bone from a small knock? Ask your doctor before you lean on the ball.',
 'El embarazo y la lactancia pueden debilitar los huesos un tiempo. ¿Tienes osteoporosis, o te rompiste un hueso con un golpe leve? Pregunta a tu médico antes de apoyarte en la pelota.'),
('es', 'safety_caution.heat.1.text', 'Not on a caesarean wound.', 'Nunca sobre la herida de la cesárea.'),
('es', 'safety_caution.heat.2.text', 'Not on a red or sore breast. Ask your midwife about that instead.', 'Nunca sobre un seno rojo o adolorido. Consulta eso con tu partera.'),
('es', 'safety_caution.heat.3.text', 'Not while you hold your baby.', 'Nunca mientras cargas a tu bebé.'),
('es', 'safety_caution.heat.4.text', 'In pregnancy, keep a bath warm, not hot.', 'En el embarazo, que el baño sea tibio, no caliente.');

-- The single caution column is replaced by the rows above.
DELETE FROM translation WHERE text_key LIKE 'safety_note.%.caution';
ALTER TABLE safety_note DROP COLUMN caution;

-- Heat keeps its burn limits, said plainly.
UPDATE relief_technique SET
    caution = 'Warm, not hot. Put a cloth between the heat and your skin, and check your skin often. Do not use heat on skin that feels numb. Do not use it while you sleep or might fall asleep.'
WHERE slug = 'heat';
MERGE INTO translation (language, text_key, english, text) KEY (language, text_key) VALUES
('es', 'relief_technique.heat.caution', 'Warm, not hot. Put a cloth between the heat and your skin, and check your skin often. Do not use heat on skin that feels numb. Do not use it while you sleep or might fall asleep.',
 'Tibio, no caliente. Pon un paño entre el calor y la piel, y revisa la piel a menudo. No uses calor sobre piel que sientes adormecida. No lo uses mientras duermes o si podrías quedarte dormida.');

-- Claims that overstated ---------------------------------------------------------------------------------------------

-- Thread the needle: as far as is comfortable, which is what its own stop line says.
UPDATE exercise SET key_cue = 'Twist only as far as is comfortable, with control.' WHERE slug = 'thread-the-needle';
UPDATE exercise_step SET text = 'Rotate each way as far as is comfortable. Then switch sides.'
WHERE exercise_id = (SELECT id FROM exercise WHERE slug = 'thread-the-needle') AND position = 5;
UPDATE exercise_cue SET text = 'Turn up and through only as far as is comfortable.'
WHERE exercise_id = (SELECT id FROM exercise WHERE slug = 'thread-the-needle') AND position = 1;
MERGE INTO translation (language, text_key, english, text) KEY (language, text_key) VALUES
('es', 'exercise.thread-the-needle.key_cue', 'Twist only as far as is comfortable, with control.', 'Gira solo hasta donde te resulte cómodo, con control.'),
('es', 'exercise_step.thread-the-needle.5.text', 'Rotate each way as far as is comfortable. Then switch sides.', 'Gira hacia cada lado hasta donde te resulte cómodo. Luego cambia de lado.'),
('es', 'exercise_cue.thread-the-needle.1.text', 'Turn up and through only as far as is comfortable.', 'Gira hacia arriba y hacia abajo solo hasta donde te resulte cómodo.');

-- Relaxin: the article's claim, and that a review found the link to pain unproven.
UPDATE cause SET body = 'Dr. Gurule''s article says the hormone relaxin can stay raised for up to five months after birth. But whether relaxin causes pain is not proven: a 2012 review of the studies (Aldabe and others) found only weak evidence.'
WHERE slug = 'relaxin';
MERGE INTO translation (language, text_key, english, text) KEY (language, text_key) VALUES
('es', 'cause.relaxin.body', 'Dr. Gurule''s article says the hormone relaxin can stay raised for up to five months after birth. But whether relaxin causes pain is not proven: a 2012 review of the studies (Aldabe and others) found only weak evidence.',
 'El artículo de la Dra. Gurule dice que la hormona relaxina puede seguir elevada hasta cinco meses después del parto. Pero no está probado que la relaxina cause dolor: una revisión de los estudios de 2012 (Aldabe y otros) encontró pruebas débiles.');

-- Posture: no single right posture (Slater and others, 2019); change position often; "may help".
UPDATE daily_modification SET
    body = 'Notice which activities in your day make the pain worse, and adjust them. There is no one right posture, so change position often. Ask your midwife or a feeding helper to help you set up feeds. Small changes like these may help.'
WHERE id = 1;
UPDATE daily_modification SET
    body = 'Picture someone lifting you up by a ponytail. This simple reminder may help you change position.'
WHERE id = 2;
MERGE INTO translation (language, text_key, english, text) KEY (language, text_key) VALUES
('es', 'daily_modification.1.body', 'Notice which activities in your day make the pain worse, and adjust them. There is no one right posture, so change position often. Ask your midwife or a feeding helper to help you set up feeds. Small changes like these may help.',
 'Fíjate en qué actividades del día empeoran el dolor, y cámbialas. No hay una sola postura correcta, así que cambia de posición a menudo. Pide a tu partera o a una asesora de lactancia que te ayude a acomodarte para alimentar a tu bebé. Cambios pequeños como estos pueden ayudar.'),
('es', 'daily_modification.2.body', 'Picture someone lifting you up by a ponytail. This simple reminder may help you change position.',
 'Imagina que alguien te levanta tirando de una coleta. Este recordatorio sencillo puede ayudarte a cambiar de posición.');

-- Professional care starts with a physiotherapist.
UPDATE relief_technique SET
    summary = 'Start with a physiotherapist: one who works on pelvic health, or on muscles and joints. Chiropractic care, massage and acupuncture are other options. Everyone''s pain is different, so a plan made for you is ideal.'
WHERE slug = 'professional-care';
UPDATE relief_step SET text = 'Start with a physiotherapist (pelvic-health or muscles and joints). Chiropractic care, massage or acupuncture are other options.'
WHERE technique_id = (SELECT id FROM relief_technique WHERE slug = 'professional-care') AND position = 1;
MERGE INTO translation (language, text_key, english, text) KEY (language, text_key) VALUES
('es', 'relief_technique.professional-care.summary', 'Start with a physiotherapist: one who works on pelvic health, or on muscles and joints. Chiropractic care, massage and acupuncture are other options. Everyone''s pain is different, so a plan made for you is ideal.',
 'Empieza con un fisioterapeuta: uno que trabaje el suelo pélvico, o los músculos y las articulaciones. La quiropráctica, los masajes y la acupuntura son otras opciones. El dolor de cada persona es distinto, así que lo ideal es un plan hecho para ti.'),
('es', 'relief_step.professional-care.1.text', 'Start with a physiotherapist (pelvic-health or muscles and joints). Chiropractic care, massage or acupuncture are other options.',
 'Empieza con un fisioterapeuta (de suelo pélvico, o de músculos y articulaciones). La quiropráctica, los masajes o la acupuntura son otras opciones.');

-- Spanish editor's findings ------------------------------------------------------------------------------------------

-- "Doble mentón" is a fleshy double chin: the exercise is "Mentón atrás" now, and the old address answers 301.
UPDATE path_translation SET segment = 'menton-atras' WHERE language = 'es' AND english = 'double-chins';
INSERT INTO path_alias (language, segment, english) VALUES ('es', 'doble-menton', 'double-chins');
UPDATE translation SET text = REPLACE(REPLACE(text, 'Doble mentón', 'Mentón atrás'), 'doble mentón', 'mentón atrás')
WHERE language = 'es';

-- "Para si…" is "Detente si…"; articles before authors and bodies.
UPDATE translation SET text = REPLACE(text, 'Para si ', 'Detente si ') WHERE language = 'es' AND text LIKE 'Para si %';
UPDATE translation SET text = REPLACE(text, '. Para si ', '. Detente si ') WHERE language = 'es';
UPDATE translation SET text = REPLACE(text, 'Según el artículo de Dra.', 'Según el artículo de la Dra.') WHERE language = 'es';
-- Bodies take their article in Spanish ("de los CDC, la AWHONN, el NHS").
UPDATE translation SET text = 'los CDC' WHERE language = 'es' AND text_key = 'source.3.author';
UPDATE translation SET text = 'la AWHONN' WHERE language = 'es' AND text_key = 'source.4.author';
UPDATE translation SET text = 'el NHS' WHERE language = 'es' AND text_key = 'source.5.author';
