-- ID-card photo images (國民身分證相片影像, seed 001 §5): for national security and public order
-- an agency may be approved for them, under the same rules as the other items. The register keeps
-- the photo of each person's latest card (the one submitted with that card's application), keyed
-- by the person; the card row says when it was issued. Transaction PH01 answers it by ID.
CREATE TABLE rg_id_photo (
    person_id   VARCHAR2(10 CHAR) NOT NULL PRIMARY KEY,
    card_id     NUMBER(19) NOT NULL,
    media_type  VARCHAR2(20 CHAR) NOT NULL,
    image       BLOB NOT NULL
);

-- The item joins the catalogue unless an administrator already named one so.
INSERT INTO rl_data_item (id, code, name_zh, name_en, data_scope, transactions, version)
    SELECT 16, 'ID_CARD_PHOTO', '國民身分證相片影像', 'ID-card photo image', 'HOUSEHOLD', 'PH01', 0 FROM dual
    WHERE NOT EXISTS (SELECT 1 FROM rl_data_item WHERE code = 'ID_CARD_PHOTO');
