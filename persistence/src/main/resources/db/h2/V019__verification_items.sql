-- V1C104 compares a birth date and a household number besides the card (DOMAIN.md §8a): each
-- comparison answers about its item, so an agency may ask it only with that item approved. The
-- items that carry V1C104 are therefore BIRTH_DATE and HOUSEHOLD_NUMBER too. Only the seeded values
-- are extended: an administrator's own edit stays as it is.
UPDATE rl_data_item SET transactions = 'RQ01,RQ02,RQ07,RQ08,V1C101,V1C103,V1C104'
    WHERE code = 'BIRTH_DATE' AND transactions = 'RQ01,RQ02,RQ07,RQ08,V1C101,V1C103';
UPDATE rl_data_item SET transactions = 'RQ01,RQ02,RQ07,RQ08,V1C101,V1C104'
    WHERE code = 'HOUSEHOLD_NUMBER' AND transactions = 'RQ01,RQ02,RQ07,RQ08,V1C101';
