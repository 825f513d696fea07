-- The data service (query feature). A permission may be limited to one county: household data
-- that a county's registration unit provides covers that county only (DOMAIN.md §2, provider
-- agency); NULL is nationwide, as MOI provides it.
ALTER TABLE rl_agency_permission ADD county_code VARCHAR2(5 CHAR);
-- The county a municipal or county government provides; an application may ask for that county's
-- data only, and its permissions then cover that county.
ALTER TABLE rl_agency ADD county_code VARCHAR2(5 CHAR);
ALTER TABLE rl_linking_case ADD county_code VARCHAR2(5 CHAR);

-- The government REST API's own jobs (DOMAIN.md §8a): V1C101 answers a person's basic items
-- when ID and birth date both match; V1C103 verifies a birth date. They carry the items below, so
-- an agency approved for an item may run the jobs that carry it. Only the catalogue's seeded
-- values are extended: an administrator's own edit stays as it is.
UPDATE rl_data_item SET transactions = 'RQ01,RQ02,RQ04,RQ07,RQ08,V1C101'
    WHERE code = 'PERSON_NAME' AND transactions = 'RQ01,RQ02,RQ04,RQ07,RQ08';
UPDATE rl_data_item SET transactions = 'RQ01,RQ02,RQ07,RQ08,V1C101,V1C103'
    WHERE code = 'BIRTH_DATE' AND transactions = 'RQ01,RQ02,RQ07,RQ08';
UPDATE rl_data_item SET transactions = 'RQ01,RQ02,RQ07,RQ08,V1C101'
    WHERE code = 'SEX' AND transactions = 'RQ01,RQ02,RQ07,RQ08';
UPDATE rl_data_item SET transactions = 'RQ01,RQ02,RQ07,RQ08,RQ14,V1C101'
    WHERE code = 'ADDRESS' AND transactions = 'RQ01,RQ02,RQ07,RQ08,RQ14';
UPDATE rl_data_item SET transactions = 'RQ01,RQ02,RQ07,RQ08,V1C101'
    WHERE code = 'HOUSEHOLD_NUMBER' AND transactions = 'RQ01,RQ02,RQ07,RQ08';

-- RQ07 reads a household's removed members, RQ14 its house-number changes: by household.
CREATE INDEX rg_event_household_ix ON rg_event (household_no, event_type);
