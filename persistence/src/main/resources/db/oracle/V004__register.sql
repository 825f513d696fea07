-- The register (issue: register). The platform only reads these tables; only the synthetic
-- generator writes them. In production an Oracle DBA replaces each rg_ table with a read-only
-- view or synonym over the real register in the same database, so that a request reads the
-- register and writes its audit record through one datasource, without two-phase commit.
-- Columns keep the real register's meaning; keys are the register's own (national ID,
-- household number) or plain numbers the views can produce with ROWNUM or a source key.

-- Villages (村里): code = town code + 3 digits, as in the open-data village codes.
CREATE TABLE rg_village (
    village_code  VARCHAR2(11 CHAR) NOT NULL PRIMARY KEY,
    town_code     VARCHAR2(8 CHAR) NOT NULL,
    county_code   VARCHAR2(5 CHAR) NOT NULL,
    name_zh       VARCHAR2(20 CHAR) NOT NULL
);

CREATE INDEX rg_village_town_ix ON rg_village (town_code);

-- Households (戶). household_type: 1 共同生活戶, 2 共同事業戶, 3 單獨生活戶.
CREATE TABLE rg_household (
    household_no    VARCHAR2(8 CHAR) NOT NULL PRIMARY KEY,
    household_type  VARCHAR2(1 CHAR) NOT NULL,
    head_id         VARCHAR2(10 CHAR),
    county_code     VARCHAR2(5 CHAR) NOT NULL,
    town_code       VARCHAR2(8 CHAR) NOT NULL,
    village_code    VARCHAR2(11 CHAR) NOT NULL,
    neighbourhood   NUMBER(3) NOT NULL,
    street          VARCHAR2(40 CHAR) NOT NULL,
    section         VARCHAR2(5 CHAR),
    lane            VARCHAR2(10 CHAR),
    alley           VARCHAR2(10 CHAR),
    house_number    VARCHAR2(20 CHAR) NOT NULL,
    floor           VARCHAR2(10 CHAR),
    established_on  DATE NOT NULL
);

CREATE INDEX rg_household_village_ix ON rg_household (village_code);

-- Persons (個人). sex: M/F. status: A in the register, R removed (除戶).
CREATE TABLE rg_person (
    person_id       VARCHAR2(10 CHAR) NOT NULL PRIMARY KEY,
    name            VARCHAR2(40 CHAR) NOT NULL,
    sex             VARCHAR2(1 CHAR) NOT NULL,
    birth_date      DATE NOT NULL,
    birth_place     VARCHAR2(5 CHAR) NOT NULL,
    father_id       VARCHAR2(10 CHAR),
    mother_id       VARCHAR2(10 CHAR),
    spouse_id       VARCHAR2(10 CHAR),
    status          VARCHAR2(1 CHAR) NOT NULL,
    household_no    VARCHAR2(8 CHAR) NOT NULL,
    removed_on      DATE,
    removal_reason  VARCHAR2(2 CHAR),
    CONSTRAINT rg_person_sex_ck CHECK (sex IN ('M', 'F')),
    CONSTRAINT rg_person_status_ck CHECK (status IN ('A', 'R'))
);

CREATE INDEX rg_person_household_ix ON rg_person (household_no);

-- National IDs no longer in use (統號變更): the old number and the person's current one.
CREATE TABLE rg_retired_id (
    retired_id  VARCHAR2(10 CHAR) NOT NULL PRIMARY KEY,
    person_id   VARCHAR2(10 CHAR) NOT NULL,
    retired_on  DATE NOT NULL
);

-- Membership of a household with the relationship to its head (稱謂, code table RELATIONSHIP).
CREATE TABLE rg_membership (
    id            NUMBER(19) NOT NULL PRIMARY KEY,
    household_no  VARCHAR2(8 CHAR) NOT NULL,
    person_id     VARCHAR2(10 CHAR) NOT NULL,
    relationship  VARCHAR2(2 CHAR) NOT NULL,
    moved_in      DATE NOT NULL,
    moved_out     DATE
);

CREATE INDEX rg_membership_household_ix ON rg_membership (household_no);
CREATE INDEX rg_membership_person_ix ON rg_membership (person_id);

-- Registration events with their dates. event_type: BIRTH, MOVE_IN, MOVE_OUT, MARRIAGE,
-- DIVORCE, NAME_CHANGE, ID_CHANGE, ADDRESS_CHANGE (門牌異動), REMOVAL (除戶, with reason).
CREATE TABLE rg_event (
    id            NUMBER(19) NOT NULL PRIMARY KEY,
    person_id     VARCHAR2(10 CHAR) NOT NULL,
    event_type    VARCHAR2(20 CHAR) NOT NULL,
    event_date    DATE NOT NULL,
    household_no  VARCHAR2(8 CHAR),
    old_value     VARCHAR2(200 CHAR),
    new_value     VARCHAR2(200 CHAR),
    reason        VARCHAR2(2 CHAR)
);

CREATE INDEX rg_event_person_ix ON rg_event (person_id, event_date);
CREATE INDEX rg_event_date_ix ON rg_event (event_date, event_type);

-- ID-card issuance (國民身分證): apply_code 1 初發, 2 補發, 3 換發; issue_site one of the
-- 27 ISSUE_SITE codes valid on the day; the current card is the latest per person.
CREATE TABLE rg_id_card (
    id                NUMBER(19) NOT NULL PRIMARY KEY,
    person_id         VARCHAR2(10 CHAR) NOT NULL,
    issued_on         DATE NOT NULL,
    apply_code        VARCHAR2(1 CHAR) NOT NULL,
    issue_site        VARCHAR2(5 CHAR) NOT NULL,
    reported_lost_on  DATE
);

CREATE INDEX rg_id_card_person_ix ON rg_id_card (person_id, issued_on);

-- Military service (兵籍): one row per period in a category (code table MILITARY_CATEGORY);
-- a change of category closes one period and opens the next.
CREATE TABLE rg_military (
    id          NUMBER(19) NOT NULL PRIMARY KEY,
    person_id   VARCHAR2(10 CHAR) NOT NULL,
    category    VARCHAR2(1 CHAR) NOT NULL,
    from_date   DATE NOT NULL,
    to_date     DATE,
    remark      VARCHAR2(100 CHAR)
);

CREATE INDEX rg_military_person_ix ON rg_military (person_id, from_date);

-- Registration application forms (登記申請書), in outline: which event they applied for.
CREATE TABLE rg_application (
    id            NUMBER(19) NOT NULL PRIMARY KEY,
    form_no       VARCHAR2(20 CHAR) NOT NULL,
    event_id      NUMBER(19) NOT NULL,
    person_id     VARCHAR2(10 CHAR) NOT NULL,
    household_no  VARCHAR2(8 CHAR),
    apply_item    VARCHAR2(20 CHAR) NOT NULL,
    submitted_on  DATE NOT NULL,
    office_code   VARCHAR2(8 CHAR) NOT NULL
);

CREATE INDEX rg_application_person_ix ON rg_application (person_id);

-- Monthly population statistics per village (open-data columns), computed from the register.
-- stat_month is the ROC year and month, yyyMM.
CREATE TABLE rg_village_stat (
    stat_month    VARCHAR2(5 CHAR) NOT NULL,
    village_code  VARCHAR2(11 CHAR) NOT NULL,
    household_no  NUMBER(10) NOT NULL,
    people_total  NUMBER(10) NOT NULL,
    people_m      NUMBER(10) NOT NULL,
    people_f      NUMBER(10) NOT NULL,
    age_0_14      NUMBER(10) NOT NULL,
    age_15_64     NUMBER(10) NOT NULL,
    age_65_up     NUMBER(10) NOT NULL,
    birth_m       NUMBER(10) NOT NULL,
    birth_f       NUMBER(10) NOT NULL,
    death_m       NUMBER(10) NOT NULL,
    death_f       NUMBER(10) NOT NULL,
    marry_pair    NUMBER(10) NOT NULL,
    divorce_pair  NUMBER(10) NOT NULL,
    CONSTRAINT rg_village_stat_pk PRIMARY KEY (stat_month, village_code)
);

-- What the synthetic generator loaded: one row per load, so a register can be regenerated.
CREATE TABLE rg_load (
    id           NUMBER(19) NOT NULL PRIMARY KEY,
    seed         NUMBER(19) NOT NULL,
    as_of        DATE NOT NULL,
    persons      NUMBER(10) NOT NULL,
    households   NUMBER(10) NOT NULL,
    started_at   TIMESTAMP NOT NULL,
    finished_at  TIMESTAMP NOT NULL
);

-- Town codes (鄉鎮市區) of the administrative-area code table, in the official order.
-- English names are loaded with the official table; until then they repeat the Chinese name.
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1001, 'TOWN', '63000010', '松山區', '松山區', DATE '1912-01-01', NULL, 1);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1002, 'TOWN', '63000020', '信義區', '信義區', DATE '1912-01-01', NULL, 2);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1003, 'TOWN', '63000030', '大安區', '大安區', DATE '1912-01-01', NULL, 3);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1004, 'TOWN', '63000040', '中山區', '中山區', DATE '1912-01-01', NULL, 4);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1005, 'TOWN', '63000050', '中正區', '中正區', DATE '1912-01-01', NULL, 5);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1006, 'TOWN', '63000060', '大同區', '大同區', DATE '1912-01-01', NULL, 6);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1007, 'TOWN', '63000070', '萬華區', '萬華區', DATE '1912-01-01', NULL, 7);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1008, 'TOWN', '63000080', '文山區', '文山區', DATE '1912-01-01', NULL, 8);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1009, 'TOWN', '63000090', '南港區', '南港區', DATE '1912-01-01', NULL, 9);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1010, 'TOWN', '63000100', '內湖區', '內湖區', DATE '1912-01-01', NULL, 10);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1011, 'TOWN', '63000110', '士林區', '士林區', DATE '1912-01-01', NULL, 11);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1012, 'TOWN', '63000120', '北投區', '北投區', DATE '1912-01-01', NULL, 12);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1013, 'TOWN', '64000010', '鹽埕區', '鹽埕區', DATE '1912-01-01', NULL, 13);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1014, 'TOWN', '64000020', '鼓山區', '鼓山區', DATE '1912-01-01', NULL, 14);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1015, 'TOWN', '64000030', '左營區', '左營區', DATE '1912-01-01', NULL, 15);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1016, 'TOWN', '64000040', '楠梓區', '楠梓區', DATE '1912-01-01', NULL, 16);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1017, 'TOWN', '64000050', '三民區', '三民區', DATE '1912-01-01', NULL, 17);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1018, 'TOWN', '64000060', '新興區', '新興區', DATE '1912-01-01', NULL, 18);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1019, 'TOWN', '64000070', '前金區', '前金區', DATE '1912-01-01', NULL, 19);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1020, 'TOWN', '64000080', '苓雅區', '苓雅區', DATE '1912-01-01', NULL, 20);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1021, 'TOWN', '64000090', '前鎮區', '前鎮區', DATE '1912-01-01', NULL, 21);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1022, 'TOWN', '64000100', '旗津區', '旗津區', DATE '1912-01-01', NULL, 22);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1023, 'TOWN', '64000110', '小港區', '小港區', DATE '1912-01-01', NULL, 23);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1024, 'TOWN', '64000120', '鳳山區', '鳳山區', DATE '1912-01-01', NULL, 24);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1025, 'TOWN', '64000130', '林園區', '林園區', DATE '1912-01-01', NULL, 25);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1026, 'TOWN', '64000140', '大寮區', '大寮區', DATE '1912-01-01', NULL, 26);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1027, 'TOWN', '64000150', '大樹區', '大樹區', DATE '1912-01-01', NULL, 27);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1028, 'TOWN', '64000160', '大社區', '大社區', DATE '1912-01-01', NULL, 28);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1029, 'TOWN', '64000170', '仁武區', '仁武區', DATE '1912-01-01', NULL, 29);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1030, 'TOWN', '64000180', '鳥松區', '鳥松區', DATE '1912-01-01', NULL, 30);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1031, 'TOWN', '64000190', '岡山區', '岡山區', DATE '1912-01-01', NULL, 31);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1032, 'TOWN', '64000200', '橋頭區', '橋頭區', DATE '1912-01-01', NULL, 32);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1033, 'TOWN', '64000210', '燕巢區', '燕巢區', DATE '1912-01-01', NULL, 33);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1034, 'TOWN', '64000220', '田寮區', '田寮區', DATE '1912-01-01', NULL, 34);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1035, 'TOWN', '64000230', '阿蓮區', '阿蓮區', DATE '1912-01-01', NULL, 35);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1036, 'TOWN', '64000240', '路竹區', '路竹區', DATE '1912-01-01', NULL, 36);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1037, 'TOWN', '64000250', '湖內區', '湖內區', DATE '1912-01-01', NULL, 37);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1038, 'TOWN', '64000260', '茄萣區', '茄萣區', DATE '1912-01-01', NULL, 38);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1039, 'TOWN', '64000270', '永安區', '永安區', DATE '1912-01-01', NULL, 39);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1040, 'TOWN', '64000280', '彌陀區', '彌陀區', DATE '1912-01-01', NULL, 40);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1041, 'TOWN', '64000290', '梓官區', '梓官區', DATE '1912-01-01', NULL, 41);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1042, 'TOWN', '64000300', '旗山區', '旗山區', DATE '1912-01-01', NULL, 42);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1043, 'TOWN', '64000310', '美濃區', '美濃區', DATE '1912-01-01', NULL, 43);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1044, 'TOWN', '64000320', '六龜區', '六龜區', DATE '1912-01-01', NULL, 44);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1045, 'TOWN', '64000330', '甲仙區', '甲仙區', DATE '1912-01-01', NULL, 45);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1046, 'TOWN', '64000340', '杉林區', '杉林區', DATE '1912-01-01', NULL, 46);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1047, 'TOWN', '64000350', '內門區', '內門區', DATE '1912-01-01', NULL, 47);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1048, 'TOWN', '64000360', '茂林區', '茂林區', DATE '1912-01-01', NULL, 48);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1049, 'TOWN', '64000370', '桃源區', '桃源區', DATE '1912-01-01', NULL, 49);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1050, 'TOWN', '64000380', '那瑪夏區', '那瑪夏區', DATE '1912-01-01', NULL, 50);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1051, 'TOWN', '65000010', '板橋區', '板橋區', DATE '2010-12-25', NULL, 51);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1052, 'TOWN', '65000020', '三重區', '三重區', DATE '2010-12-25', NULL, 52);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1053, 'TOWN', '65000030', '中和區', '中和區', DATE '2010-12-25', NULL, 53);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1054, 'TOWN', '65000040', '永和區', '永和區', DATE '2010-12-25', NULL, 54);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1055, 'TOWN', '65000050', '新莊區', '新莊區', DATE '2010-12-25', NULL, 55);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1056, 'TOWN', '65000060', '新店區', '新店區', DATE '2010-12-25', NULL, 56);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1057, 'TOWN', '65000070', '樹林區', '樹林區', DATE '2010-12-25', NULL, 57);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1058, 'TOWN', '65000080', '鶯歌區', '鶯歌區', DATE '2010-12-25', NULL, 58);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1059, 'TOWN', '65000090', '三峽區', '三峽區', DATE '2010-12-25', NULL, 59);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1060, 'TOWN', '65000100', '淡水區', '淡水區', DATE '2010-12-25', NULL, 60);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1061, 'TOWN', '65000110', '汐止區', '汐止區', DATE '2010-12-25', NULL, 61);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1062, 'TOWN', '65000120', '瑞芳區', '瑞芳區', DATE '2010-12-25', NULL, 62);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1063, 'TOWN', '65000130', '土城區', '土城區', DATE '2010-12-25', NULL, 63);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1064, 'TOWN', '65000140', '蘆洲區', '蘆洲區', DATE '2010-12-25', NULL, 64);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1065, 'TOWN', '65000150', '五股區', '五股區', DATE '2010-12-25', NULL, 65);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1066, 'TOWN', '65000160', '泰山區', '泰山區', DATE '2010-12-25', NULL, 66);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1067, 'TOWN', '65000170', '林口區', '林口區', DATE '2010-12-25', NULL, 67);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1068, 'TOWN', '65000180', '深坑區', '深坑區', DATE '2010-12-25', NULL, 68);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1069, 'TOWN', '65000190', '石碇區', '石碇區', DATE '2010-12-25', NULL, 69);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1070, 'TOWN', '65000200', '坪林區', '坪林區', DATE '2010-12-25', NULL, 70);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1071, 'TOWN', '65000210', '三芝區', '三芝區', DATE '2010-12-25', NULL, 71);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1072, 'TOWN', '65000220', '石門區', '石門區', DATE '2010-12-25', NULL, 72);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1073, 'TOWN', '65000230', '八里區', '八里區', DATE '2010-12-25', NULL, 73);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1074, 'TOWN', '65000240', '平溪區', '平溪區', DATE '2010-12-25', NULL, 74);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1075, 'TOWN', '65000250', '雙溪區', '雙溪區', DATE '2010-12-25', NULL, 75);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1076, 'TOWN', '65000260', '貢寮區', '貢寮區', DATE '2010-12-25', NULL, 76);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1077, 'TOWN', '65000270', '金山區', '金山區', DATE '2010-12-25', NULL, 77);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1078, 'TOWN', '65000280', '萬里區', '萬里區', DATE '2010-12-25', NULL, 78);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1079, 'TOWN', '65000290', '烏來區', '烏來區', DATE '2010-12-25', NULL, 79);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1080, 'TOWN', '66000010', '中區', '中區', DATE '2010-12-25', NULL, 80);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1081, 'TOWN', '66000020', '東區', '東區', DATE '2010-12-25', NULL, 81);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1082, 'TOWN', '66000030', '南區', '南區', DATE '2010-12-25', NULL, 82);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1083, 'TOWN', '66000040', '西區', '西區', DATE '2010-12-25', NULL, 83);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1084, 'TOWN', '66000050', '北區', '北區', DATE '2010-12-25', NULL, 84);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1085, 'TOWN', '66000060', '西屯區', '西屯區', DATE '2010-12-25', NULL, 85);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1086, 'TOWN', '66000070', '南屯區', '南屯區', DATE '2010-12-25', NULL, 86);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1087, 'TOWN', '66000080', '北屯區', '北屯區', DATE '2010-12-25', NULL, 87);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1088, 'TOWN', '66000090', '豐原區', '豐原區', DATE '2010-12-25', NULL, 88);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1089, 'TOWN', '66000100', '東勢區', '東勢區', DATE '2010-12-25', NULL, 89);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1090, 'TOWN', '66000110', '大甲區', '大甲區', DATE '2010-12-25', NULL, 90);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1091, 'TOWN', '66000120', '清水區', '清水區', DATE '2010-12-25', NULL, 91);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1092, 'TOWN', '66000130', '沙鹿區', '沙鹿區', DATE '2010-12-25', NULL, 92);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1093, 'TOWN', '66000140', '梧棲區', '梧棲區', DATE '2010-12-25', NULL, 93);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1094, 'TOWN', '66000150', '后里區', '后里區', DATE '2010-12-25', NULL, 94);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1095, 'TOWN', '66000160', '神岡區', '神岡區', DATE '2010-12-25', NULL, 95);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1096, 'TOWN', '66000170', '潭子區', '潭子區', DATE '2010-12-25', NULL, 96);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1097, 'TOWN', '66000180', '大雅區', '大雅區', DATE '2010-12-25', NULL, 97);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1098, 'TOWN', '66000190', '新社區', '新社區', DATE '2010-12-25', NULL, 98);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1099, 'TOWN', '66000200', '石岡區', '石岡區', DATE '2010-12-25', NULL, 99);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1100, 'TOWN', '66000210', '外埔區', '外埔區', DATE '2010-12-25', NULL, 100);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1101, 'TOWN', '66000220', '大安區', '大安區', DATE '2010-12-25', NULL, 101);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1102, 'TOWN', '66000230', '烏日區', '烏日區', DATE '2010-12-25', NULL, 102);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1103, 'TOWN', '66000240', '大肚區', '大肚區', DATE '2010-12-25', NULL, 103);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1104, 'TOWN', '66000250', '龍井區', '龍井區', DATE '2010-12-25', NULL, 104);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1105, 'TOWN', '66000260', '霧峰區', '霧峰區', DATE '2010-12-25', NULL, 105);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1106, 'TOWN', '66000270', '太平區', '太平區', DATE '2010-12-25', NULL, 106);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1107, 'TOWN', '66000280', '大里區', '大里區', DATE '2010-12-25', NULL, 107);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1108, 'TOWN', '66000290', '和平區', '和平區', DATE '2010-12-25', NULL, 108);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1109, 'TOWN', '67000010', '新營區', '新營區', DATE '2010-12-25', NULL, 109);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1110, 'TOWN', '67000020', '鹽水區', '鹽水區', DATE '2010-12-25', NULL, 110);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1111, 'TOWN', '67000030', '白河區', '白河區', DATE '2010-12-25', NULL, 111);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1112, 'TOWN', '67000040', '柳營區', '柳營區', DATE '2010-12-25', NULL, 112);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1113, 'TOWN', '67000050', '後壁區', '後壁區', DATE '2010-12-25', NULL, 113);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1114, 'TOWN', '67000060', '東山區', '東山區', DATE '2010-12-25', NULL, 114);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1115, 'TOWN', '67000070', '麻豆區', '麻豆區', DATE '2010-12-25', NULL, 115);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1116, 'TOWN', '67000080', '下營區', '下營區', DATE '2010-12-25', NULL, 116);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1117, 'TOWN', '67000090', '六甲區', '六甲區', DATE '2010-12-25', NULL, 117);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1118, 'TOWN', '67000100', '官田區', '官田區', DATE '2010-12-25', NULL, 118);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1119, 'TOWN', '67000110', '大內區', '大內區', DATE '2010-12-25', NULL, 119);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1120, 'TOWN', '67000120', '佳里區', '佳里區', DATE '2010-12-25', NULL, 120);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1121, 'TOWN', '67000130', '學甲區', '學甲區', DATE '2010-12-25', NULL, 121);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1122, 'TOWN', '67000140', '西港區', '西港區', DATE '2010-12-25', NULL, 122);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1123, 'TOWN', '67000150', '七股區', '七股區', DATE '2010-12-25', NULL, 123);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1124, 'TOWN', '67000160', '將軍區', '將軍區', DATE '2010-12-25', NULL, 124);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1125, 'TOWN', '67000170', '北門區', '北門區', DATE '2010-12-25', NULL, 125);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1126, 'TOWN', '67000180', '新化區', '新化區', DATE '2010-12-25', NULL, 126);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1127, 'TOWN', '67000190', '善化區', '善化區', DATE '2010-12-25', NULL, 127);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1128, 'TOWN', '67000200', '新市區', '新市區', DATE '2010-12-25', NULL, 128);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1129, 'TOWN', '67000210', '安定區', '安定區', DATE '2010-12-25', NULL, 129);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1130, 'TOWN', '67000220', '山上區', '山上區', DATE '2010-12-25', NULL, 130);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1131, 'TOWN', '67000230', '玉井區', '玉井區', DATE '2010-12-25', NULL, 131);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1132, 'TOWN', '67000240', '楠西區', '楠西區', DATE '2010-12-25', NULL, 132);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1133, 'TOWN', '67000250', '南化區', '南化區', DATE '2010-12-25', NULL, 133);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1134, 'TOWN', '67000260', '左鎮區', '左鎮區', DATE '2010-12-25', NULL, 134);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1135, 'TOWN', '67000270', '仁德區', '仁德區', DATE '2010-12-25', NULL, 135);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1136, 'TOWN', '67000280', '歸仁區', '歸仁區', DATE '2010-12-25', NULL, 136);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1137, 'TOWN', '67000290', '關廟區', '關廟區', DATE '2010-12-25', NULL, 137);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1138, 'TOWN', '67000300', '龍崎區', '龍崎區', DATE '2010-12-25', NULL, 138);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1139, 'TOWN', '67000310', '永康區', '永康區', DATE '2010-12-25', NULL, 139);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1140, 'TOWN', '67000320', '東區', '東區', DATE '2010-12-25', NULL, 140);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1141, 'TOWN', '67000330', '南區', '南區', DATE '2010-12-25', NULL, 141);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1142, 'TOWN', '67000340', '北區', '北區', DATE '2010-12-25', NULL, 142);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1143, 'TOWN', '67000350', '安南區', '安南區', DATE '2010-12-25', NULL, 143);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1144, 'TOWN', '67000360', '安平區', '安平區', DATE '2010-12-25', NULL, 144);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1145, 'TOWN', '67000370', '中西區', '中西區', DATE '2010-12-25', NULL, 145);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1146, 'TOWN', '68000010', '桃園區', '桃園區', DATE '2014-12-25', NULL, 146);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1147, 'TOWN', '68000020', '中壢區', '中壢區', DATE '2014-12-25', NULL, 147);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1148, 'TOWN', '68000030', '大溪區', '大溪區', DATE '2014-12-25', NULL, 148);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1149, 'TOWN', '68000040', '楊梅區', '楊梅區', DATE '2014-12-25', NULL, 149);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1150, 'TOWN', '68000050', '蘆竹區', '蘆竹區', DATE '2014-12-25', NULL, 150);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1151, 'TOWN', '68000060', '大園區', '大園區', DATE '2014-12-25', NULL, 151);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1152, 'TOWN', '68000070', '龜山區', '龜山區', DATE '2014-12-25', NULL, 152);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1153, 'TOWN', '68000080', '八德區', '八德區', DATE '2014-12-25', NULL, 153);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1154, 'TOWN', '68000090', '龍潭區', '龍潭區', DATE '2014-12-25', NULL, 154);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1155, 'TOWN', '68000100', '平鎮區', '平鎮區', DATE '2014-12-25', NULL, 155);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1156, 'TOWN', '68000110', '新屋區', '新屋區', DATE '2014-12-25', NULL, 156);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1157, 'TOWN', '68000120', '觀音區', '觀音區', DATE '2014-12-25', NULL, 157);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1158, 'TOWN', '68000130', '復興區', '復興區', DATE '2014-12-25', NULL, 158);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1159, 'TOWN', '10002010', '宜蘭市', '宜蘭市', DATE '1912-01-01', NULL, 159);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1160, 'TOWN', '10002020', '羅東鎮', '羅東鎮', DATE '1912-01-01', NULL, 160);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1161, 'TOWN', '10002030', '蘇澳鎮', '蘇澳鎮', DATE '1912-01-01', NULL, 161);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1162, 'TOWN', '10002040', '頭城鎮', '頭城鎮', DATE '1912-01-01', NULL, 162);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1163, 'TOWN', '10002050', '礁溪鄉', '礁溪鄉', DATE '1912-01-01', NULL, 163);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1164, 'TOWN', '10002060', '壯圍鄉', '壯圍鄉', DATE '1912-01-01', NULL, 164);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1165, 'TOWN', '10002070', '員山鄉', '員山鄉', DATE '1912-01-01', NULL, 165);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1166, 'TOWN', '10002080', '冬山鄉', '冬山鄉', DATE '1912-01-01', NULL, 166);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1167, 'TOWN', '10002090', '五結鄉', '五結鄉', DATE '1912-01-01', NULL, 167);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1168, 'TOWN', '10002100', '三星鄉', '三星鄉', DATE '1912-01-01', NULL, 168);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1169, 'TOWN', '10002110', '大同鄉', '大同鄉', DATE '1912-01-01', NULL, 169);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1170, 'TOWN', '10002120', '南澳鄉', '南澳鄉', DATE '1912-01-01', NULL, 170);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1171, 'TOWN', '10004010', '竹北市', '竹北市', DATE '1912-01-01', NULL, 171);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1172, 'TOWN', '10004020', '關西鎮', '關西鎮', DATE '1912-01-01', NULL, 172);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1173, 'TOWN', '10004030', '新埔鎮', '新埔鎮', DATE '1912-01-01', NULL, 173);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1174, 'TOWN', '10004040', '竹東鎮', '竹東鎮', DATE '1912-01-01', NULL, 174);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1175, 'TOWN', '10004050', '湖口鄉', '湖口鄉', DATE '1912-01-01', NULL, 175);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1176, 'TOWN', '10004060', '橫山鄉', '橫山鄉', DATE '1912-01-01', NULL, 176);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1177, 'TOWN', '10004070', '新豐鄉', '新豐鄉', DATE '1912-01-01', NULL, 177);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1178, 'TOWN', '10004080', '芎林鄉', '芎林鄉', DATE '1912-01-01', NULL, 178);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1179, 'TOWN', '10004090', '寶山鄉', '寶山鄉', DATE '1912-01-01', NULL, 179);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1180, 'TOWN', '10004100', '北埔鄉', '北埔鄉', DATE '1912-01-01', NULL, 180);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1181, 'TOWN', '10004110', '峨眉鄉', '峨眉鄉', DATE '1912-01-01', NULL, 181);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1182, 'TOWN', '10004120', '尖石鄉', '尖石鄉', DATE '1912-01-01', NULL, 182);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1183, 'TOWN', '10004130', '五峰鄉', '五峰鄉', DATE '1912-01-01', NULL, 183);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1184, 'TOWN', '10005010', '苗栗市', '苗栗市', DATE '1912-01-01', NULL, 184);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1185, 'TOWN', '10005020', '苑裡鎮', '苑裡鎮', DATE '1912-01-01', NULL, 185);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1186, 'TOWN', '10005030', '通霄鎮', '通霄鎮', DATE '1912-01-01', NULL, 186);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1187, 'TOWN', '10005040', '竹南鎮', '竹南鎮', DATE '1912-01-01', NULL, 187);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1188, 'TOWN', '10005050', '頭份市', '頭份市', DATE '1912-01-01', NULL, 188);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1189, 'TOWN', '10005060', '後龍鎮', '後龍鎮', DATE '1912-01-01', NULL, 189);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1190, 'TOWN', '10005070', '卓蘭鎮', '卓蘭鎮', DATE '1912-01-01', NULL, 190);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1191, 'TOWN', '10005080', '大湖鄉', '大湖鄉', DATE '1912-01-01', NULL, 191);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1192, 'TOWN', '10005090', '公館鄉', '公館鄉', DATE '1912-01-01', NULL, 192);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1193, 'TOWN', '10005100', '銅鑼鄉', '銅鑼鄉', DATE '1912-01-01', NULL, 193);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1194, 'TOWN', '10005110', '南庄鄉', '南庄鄉', DATE '1912-01-01', NULL, 194);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1195, 'TOWN', '10005120', '頭屋鄉', '頭屋鄉', DATE '1912-01-01', NULL, 195);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1196, 'TOWN', '10005130', '三義鄉', '三義鄉', DATE '1912-01-01', NULL, 196);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1197, 'TOWN', '10005140', '西湖鄉', '西湖鄉', DATE '1912-01-01', NULL, 197);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1198, 'TOWN', '10005150', '造橋鄉', '造橋鄉', DATE '1912-01-01', NULL, 198);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1199, 'TOWN', '10005160', '三灣鄉', '三灣鄉', DATE '1912-01-01', NULL, 199);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1200, 'TOWN', '10005170', '獅潭鄉', '獅潭鄉', DATE '1912-01-01', NULL, 200);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1201, 'TOWN', '10005180', '泰安鄉', '泰安鄉', DATE '1912-01-01', NULL, 201);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1202, 'TOWN', '10007010', '彰化市', '彰化市', DATE '1912-01-01', NULL, 202);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1203, 'TOWN', '10007020', '鹿港鎮', '鹿港鎮', DATE '1912-01-01', NULL, 203);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1204, 'TOWN', '10007030', '和美鎮', '和美鎮', DATE '1912-01-01', NULL, 204);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1205, 'TOWN', '10007040', '線西鄉', '線西鄉', DATE '1912-01-01', NULL, 205);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1206, 'TOWN', '10007050', '伸港鄉', '伸港鄉', DATE '1912-01-01', NULL, 206);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1207, 'TOWN', '10007060', '福興鄉', '福興鄉', DATE '1912-01-01', NULL, 207);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1208, 'TOWN', '10007070', '秀水鄉', '秀水鄉', DATE '1912-01-01', NULL, 208);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1209, 'TOWN', '10007080', '花壇鄉', '花壇鄉', DATE '1912-01-01', NULL, 209);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1210, 'TOWN', '10007090', '芬園鄉', '芬園鄉', DATE '1912-01-01', NULL, 210);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1211, 'TOWN', '10007100', '員林市', '員林市', DATE '1912-01-01', NULL, 211);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1212, 'TOWN', '10007110', '溪湖鎮', '溪湖鎮', DATE '1912-01-01', NULL, 212);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1213, 'TOWN', '10007120', '田中鎮', '田中鎮', DATE '1912-01-01', NULL, 213);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1214, 'TOWN', '10007130', '大村鄉', '大村鄉', DATE '1912-01-01', NULL, 214);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1215, 'TOWN', '10007140', '埔鹽鄉', '埔鹽鄉', DATE '1912-01-01', NULL, 215);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1216, 'TOWN', '10007150', '埔心鄉', '埔心鄉', DATE '1912-01-01', NULL, 216);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1217, 'TOWN', '10007160', '永靖鄉', '永靖鄉', DATE '1912-01-01', NULL, 217);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1218, 'TOWN', '10007170', '社頭鄉', '社頭鄉', DATE '1912-01-01', NULL, 218);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1219, 'TOWN', '10007180', '二水鄉', '二水鄉', DATE '1912-01-01', NULL, 219);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1220, 'TOWN', '10007190', '北斗鎮', '北斗鎮', DATE '1912-01-01', NULL, 220);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1221, 'TOWN', '10007200', '二林鎮', '二林鎮', DATE '1912-01-01', NULL, 221);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1222, 'TOWN', '10007210', '田尾鄉', '田尾鄉', DATE '1912-01-01', NULL, 222);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1223, 'TOWN', '10007220', '埤頭鄉', '埤頭鄉', DATE '1912-01-01', NULL, 223);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1224, 'TOWN', '10007230', '芳苑鄉', '芳苑鄉', DATE '1912-01-01', NULL, 224);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1225, 'TOWN', '10007240', '大城鄉', '大城鄉', DATE '1912-01-01', NULL, 225);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1226, 'TOWN', '10007250', '竹塘鄉', '竹塘鄉', DATE '1912-01-01', NULL, 226);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1227, 'TOWN', '10007260', '溪州鄉', '溪州鄉', DATE '1912-01-01', NULL, 227);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1228, 'TOWN', '10008010', '南投市', '南投市', DATE '1912-01-01', NULL, 228);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1229, 'TOWN', '10008020', '埔里鎮', '埔里鎮', DATE '1912-01-01', NULL, 229);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1230, 'TOWN', '10008030', '草屯鎮', '草屯鎮', DATE '1912-01-01', NULL, 230);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1231, 'TOWN', '10008040', '竹山鎮', '竹山鎮', DATE '1912-01-01', NULL, 231);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1232, 'TOWN', '10008050', '集集鎮', '集集鎮', DATE '1912-01-01', NULL, 232);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1233, 'TOWN', '10008060', '名間鄉', '名間鄉', DATE '1912-01-01', NULL, 233);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1234, 'TOWN', '10008070', '鹿谷鄉', '鹿谷鄉', DATE '1912-01-01', NULL, 234);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1235, 'TOWN', '10008080', '中寮鄉', '中寮鄉', DATE '1912-01-01', NULL, 235);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1236, 'TOWN', '10008090', '魚池鄉', '魚池鄉', DATE '1912-01-01', NULL, 236);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1237, 'TOWN', '10008100', '國姓鄉', '國姓鄉', DATE '1912-01-01', NULL, 237);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1238, 'TOWN', '10008110', '水里鄉', '水里鄉', DATE '1912-01-01', NULL, 238);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1239, 'TOWN', '10008120', '信義鄉', '信義鄉', DATE '1912-01-01', NULL, 239);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1240, 'TOWN', '10008130', '仁愛鄉', '仁愛鄉', DATE '1912-01-01', NULL, 240);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1241, 'TOWN', '10009010', '斗六市', '斗六市', DATE '1912-01-01', NULL, 241);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1242, 'TOWN', '10009020', '斗南鎮', '斗南鎮', DATE '1912-01-01', NULL, 242);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1243, 'TOWN', '10009030', '虎尾鎮', '虎尾鎮', DATE '1912-01-01', NULL, 243);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1244, 'TOWN', '10009040', '西螺鎮', '西螺鎮', DATE '1912-01-01', NULL, 244);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1245, 'TOWN', '10009050', '土庫鎮', '土庫鎮', DATE '1912-01-01', NULL, 245);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1246, 'TOWN', '10009060', '北港鎮', '北港鎮', DATE '1912-01-01', NULL, 246);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1247, 'TOWN', '10009070', '古坑鄉', '古坑鄉', DATE '1912-01-01', NULL, 247);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1248, 'TOWN', '10009080', '大埤鄉', '大埤鄉', DATE '1912-01-01', NULL, 248);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1249, 'TOWN', '10009090', '莿桐鄉', '莿桐鄉', DATE '1912-01-01', NULL, 249);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1250, 'TOWN', '10009100', '林內鄉', '林內鄉', DATE '1912-01-01', NULL, 250);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1251, 'TOWN', '10009110', '二崙鄉', '二崙鄉', DATE '1912-01-01', NULL, 251);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1252, 'TOWN', '10009120', '崙背鄉', '崙背鄉', DATE '1912-01-01', NULL, 252);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1253, 'TOWN', '10009130', '麥寮鄉', '麥寮鄉', DATE '1912-01-01', NULL, 253);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1254, 'TOWN', '10009140', '東勢鄉', '東勢鄉', DATE '1912-01-01', NULL, 254);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1255, 'TOWN', '10009150', '褒忠鄉', '褒忠鄉', DATE '1912-01-01', NULL, 255);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1256, 'TOWN', '10009160', '臺西鄉', '臺西鄉', DATE '1912-01-01', NULL, 256);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1257, 'TOWN', '10009170', '元長鄉', '元長鄉', DATE '1912-01-01', NULL, 257);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1258, 'TOWN', '10009180', '四湖鄉', '四湖鄉', DATE '1912-01-01', NULL, 258);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1259, 'TOWN', '10009190', '口湖鄉', '口湖鄉', DATE '1912-01-01', NULL, 259);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1260, 'TOWN', '10009200', '水林鄉', '水林鄉', DATE '1912-01-01', NULL, 260);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1261, 'TOWN', '10010010', '太保市', '太保市', DATE '1912-01-01', NULL, 261);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1262, 'TOWN', '10010020', '朴子市', '朴子市', DATE '1912-01-01', NULL, 262);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1263, 'TOWN', '10010030', '布袋鎮', '布袋鎮', DATE '1912-01-01', NULL, 263);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1264, 'TOWN', '10010040', '大林鎮', '大林鎮', DATE '1912-01-01', NULL, 264);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1265, 'TOWN', '10010050', '民雄鄉', '民雄鄉', DATE '1912-01-01', NULL, 265);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1266, 'TOWN', '10010060', '溪口鄉', '溪口鄉', DATE '1912-01-01', NULL, 266);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1267, 'TOWN', '10010070', '新港鄉', '新港鄉', DATE '1912-01-01', NULL, 267);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1268, 'TOWN', '10010080', '六腳鄉', '六腳鄉', DATE '1912-01-01', NULL, 268);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1269, 'TOWN', '10010090', '東石鄉', '東石鄉', DATE '1912-01-01', NULL, 269);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1270, 'TOWN', '10010100', '義竹鄉', '義竹鄉', DATE '1912-01-01', NULL, 270);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1271, 'TOWN', '10010110', '鹿草鄉', '鹿草鄉', DATE '1912-01-01', NULL, 271);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1272, 'TOWN', '10010120', '水上鄉', '水上鄉', DATE '1912-01-01', NULL, 272);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1273, 'TOWN', '10010130', '中埔鄉', '中埔鄉', DATE '1912-01-01', NULL, 273);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1274, 'TOWN', '10010140', '竹崎鄉', '竹崎鄉', DATE '1912-01-01', NULL, 274);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1275, 'TOWN', '10010150', '梅山鄉', '梅山鄉', DATE '1912-01-01', NULL, 275);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1276, 'TOWN', '10010160', '番路鄉', '番路鄉', DATE '1912-01-01', NULL, 276);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1277, 'TOWN', '10010170', '大埔鄉', '大埔鄉', DATE '1912-01-01', NULL, 277);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1278, 'TOWN', '10010180', '阿里山鄉', '阿里山鄉', DATE '1912-01-01', NULL, 278);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1279, 'TOWN', '10013010', '屏東市', '屏東市', DATE '1912-01-01', NULL, 279);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1280, 'TOWN', '10013020', '潮州鎮', '潮州鎮', DATE '1912-01-01', NULL, 280);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1281, 'TOWN', '10013030', '東港鎮', '東港鎮', DATE '1912-01-01', NULL, 281);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1282, 'TOWN', '10013040', '恆春鎮', '恆春鎮', DATE '1912-01-01', NULL, 282);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1283, 'TOWN', '10013050', '萬丹鄉', '萬丹鄉', DATE '1912-01-01', NULL, 283);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1284, 'TOWN', '10013060', '長治鄉', '長治鄉', DATE '1912-01-01', NULL, 284);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1285, 'TOWN', '10013070', '麟洛鄉', '麟洛鄉', DATE '1912-01-01', NULL, 285);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1286, 'TOWN', '10013080', '九如鄉', '九如鄉', DATE '1912-01-01', NULL, 286);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1287, 'TOWN', '10013090', '里港鄉', '里港鄉', DATE '1912-01-01', NULL, 287);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1288, 'TOWN', '10013100', '鹽埔鄉', '鹽埔鄉', DATE '1912-01-01', NULL, 288);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1289, 'TOWN', '10013110', '高樹鄉', '高樹鄉', DATE '1912-01-01', NULL, 289);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1290, 'TOWN', '10013120', '萬巒鄉', '萬巒鄉', DATE '1912-01-01', NULL, 290);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1291, 'TOWN', '10013130', '內埔鄉', '內埔鄉', DATE '1912-01-01', NULL, 291);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1292, 'TOWN', '10013140', '竹田鄉', '竹田鄉', DATE '1912-01-01', NULL, 292);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1293, 'TOWN', '10013150', '新埤鄉', '新埤鄉', DATE '1912-01-01', NULL, 293);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1294, 'TOWN', '10013160', '枋寮鄉', '枋寮鄉', DATE '1912-01-01', NULL, 294);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1295, 'TOWN', '10013170', '新園鄉', '新園鄉', DATE '1912-01-01', NULL, 295);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1296, 'TOWN', '10013180', '崁頂鄉', '崁頂鄉', DATE '1912-01-01', NULL, 296);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1297, 'TOWN', '10013190', '林邊鄉', '林邊鄉', DATE '1912-01-01', NULL, 297);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1298, 'TOWN', '10013200', '南州鄉', '南州鄉', DATE '1912-01-01', NULL, 298);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1299, 'TOWN', '10013210', '佳冬鄉', '佳冬鄉', DATE '1912-01-01', NULL, 299);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1300, 'TOWN', '10013220', '琉球鄉', '琉球鄉', DATE '1912-01-01', NULL, 300);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1301, 'TOWN', '10013230', '車城鄉', '車城鄉', DATE '1912-01-01', NULL, 301);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1302, 'TOWN', '10013240', '滿州鄉', '滿州鄉', DATE '1912-01-01', NULL, 302);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1303, 'TOWN', '10013250', '枋山鄉', '枋山鄉', DATE '1912-01-01', NULL, 303);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1304, 'TOWN', '10013260', '三地門鄉', '三地門鄉', DATE '1912-01-01', NULL, 304);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1305, 'TOWN', '10013270', '霧臺鄉', '霧臺鄉', DATE '1912-01-01', NULL, 305);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1306, 'TOWN', '10013280', '瑪家鄉', '瑪家鄉', DATE '1912-01-01', NULL, 306);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1307, 'TOWN', '10013290', '泰武鄉', '泰武鄉', DATE '1912-01-01', NULL, 307);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1308, 'TOWN', '10013300', '來義鄉', '來義鄉', DATE '1912-01-01', NULL, 308);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1309, 'TOWN', '10013310', '春日鄉', '春日鄉', DATE '1912-01-01', NULL, 309);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1310, 'TOWN', '10013320', '獅子鄉', '獅子鄉', DATE '1912-01-01', NULL, 310);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1311, 'TOWN', '10013330', '牡丹鄉', '牡丹鄉', DATE '1912-01-01', NULL, 311);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1312, 'TOWN', '10014010', '臺東市', '臺東市', DATE '1912-01-01', NULL, 312);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1313, 'TOWN', '10014020', '成功鎮', '成功鎮', DATE '1912-01-01', NULL, 313);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1314, 'TOWN', '10014030', '關山鎮', '關山鎮', DATE '1912-01-01', NULL, 314);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1315, 'TOWN', '10014040', '卑南鄉', '卑南鄉', DATE '1912-01-01', NULL, 315);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1316, 'TOWN', '10014050', '鹿野鄉', '鹿野鄉', DATE '1912-01-01', NULL, 316);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1317, 'TOWN', '10014060', '池上鄉', '池上鄉', DATE '1912-01-01', NULL, 317);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1318, 'TOWN', '10014070', '東河鄉', '東河鄉', DATE '1912-01-01', NULL, 318);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1319, 'TOWN', '10014080', '長濱鄉', '長濱鄉', DATE '1912-01-01', NULL, 319);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1320, 'TOWN', '10014090', '太麻里鄉', '太麻里鄉', DATE '1912-01-01', NULL, 320);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1321, 'TOWN', '10014100', '大武鄉', '大武鄉', DATE '1912-01-01', NULL, 321);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1322, 'TOWN', '10014110', '綠島鄉', '綠島鄉', DATE '1912-01-01', NULL, 322);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1323, 'TOWN', '10014120', '海端鄉', '海端鄉', DATE '1912-01-01', NULL, 323);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1324, 'TOWN', '10014130', '延平鄉', '延平鄉', DATE '1912-01-01', NULL, 324);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1325, 'TOWN', '10014140', '金峰鄉', '金峰鄉', DATE '1912-01-01', NULL, 325);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1326, 'TOWN', '10014150', '達仁鄉', '達仁鄉', DATE '1912-01-01', NULL, 326);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1327, 'TOWN', '10014160', '蘭嶼鄉', '蘭嶼鄉', DATE '1912-01-01', NULL, 327);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1328, 'TOWN', '10015010', '花蓮市', '花蓮市', DATE '1912-01-01', NULL, 328);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1329, 'TOWN', '10015020', '鳳林鎮', '鳳林鎮', DATE '1912-01-01', NULL, 329);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1330, 'TOWN', '10015030', '玉里鎮', '玉里鎮', DATE '1912-01-01', NULL, 330);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1331, 'TOWN', '10015040', '新城鄉', '新城鄉', DATE '1912-01-01', NULL, 331);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1332, 'TOWN', '10015050', '吉安鄉', '吉安鄉', DATE '1912-01-01', NULL, 332);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1333, 'TOWN', '10015060', '壽豐鄉', '壽豐鄉', DATE '1912-01-01', NULL, 333);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1334, 'TOWN', '10015070', '光復鄉', '光復鄉', DATE '1912-01-01', NULL, 334);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1335, 'TOWN', '10015080', '豐濱鄉', '豐濱鄉', DATE '1912-01-01', NULL, 335);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1336, 'TOWN', '10015090', '瑞穗鄉', '瑞穗鄉', DATE '1912-01-01', NULL, 336);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1337, 'TOWN', '10015100', '富里鄉', '富里鄉', DATE '1912-01-01', NULL, 337);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1338, 'TOWN', '10015110', '秀林鄉', '秀林鄉', DATE '1912-01-01', NULL, 338);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1339, 'TOWN', '10015120', '萬榮鄉', '萬榮鄉', DATE '1912-01-01', NULL, 339);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1340, 'TOWN', '10015130', '卓溪鄉', '卓溪鄉', DATE '1912-01-01', NULL, 340);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1341, 'TOWN', '10016010', '馬公市', '馬公市', DATE '1912-01-01', NULL, 341);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1342, 'TOWN', '10016020', '湖西鄉', '湖西鄉', DATE '1912-01-01', NULL, 342);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1343, 'TOWN', '10016030', '白沙鄉', '白沙鄉', DATE '1912-01-01', NULL, 343);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1344, 'TOWN', '10016040', '西嶼鄉', '西嶼鄉', DATE '1912-01-01', NULL, 344);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1345, 'TOWN', '10016050', '望安鄉', '望安鄉', DATE '1912-01-01', NULL, 345);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1346, 'TOWN', '10016060', '七美鄉', '七美鄉', DATE '1912-01-01', NULL, 346);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1347, 'TOWN', '10017010', '中正區', '中正區', DATE '1912-01-01', NULL, 347);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1348, 'TOWN', '10017020', '七堵區', '七堵區', DATE '1912-01-01', NULL, 348);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1349, 'TOWN', '10017030', '暖暖區', '暖暖區', DATE '1912-01-01', NULL, 349);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1350, 'TOWN', '10017040', '仁愛區', '仁愛區', DATE '1912-01-01', NULL, 350);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1351, 'TOWN', '10017050', '中山區', '中山區', DATE '1912-01-01', NULL, 351);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1352, 'TOWN', '10017060', '安樂區', '安樂區', DATE '1912-01-01', NULL, 352);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1353, 'TOWN', '10017070', '信義區', '信義區', DATE '1912-01-01', NULL, 353);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1354, 'TOWN', '10018010', '東區', '東區', DATE '1912-01-01', NULL, 354);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1355, 'TOWN', '10018020', '北區', '北區', DATE '1912-01-01', NULL, 355);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1356, 'TOWN', '10018030', '香山區', '香山區', DATE '1912-01-01', NULL, 356);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1357, 'TOWN', '10020010', '東區', '東區', DATE '1912-01-01', NULL, 357);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1358, 'TOWN', '10020020', '西區', '西區', DATE '1912-01-01', NULL, 358);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1359, 'TOWN', '09020010', '金城鎮', '金城鎮', DATE '1912-01-01', NULL, 359);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1360, 'TOWN', '09020020', '金湖鎮', '金湖鎮', DATE '1912-01-01', NULL, 360);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1361, 'TOWN', '09020030', '金沙鎮', '金沙鎮', DATE '1912-01-01', NULL, 361);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1362, 'TOWN', '09020040', '金寧鄉', '金寧鄉', DATE '1912-01-01', NULL, 362);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1363, 'TOWN', '09020050', '烈嶼鄉', '烈嶼鄉', DATE '1912-01-01', NULL, 363);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1364, 'TOWN', '09020060', '烏坵鄉', '烏坵鄉', DATE '1912-01-01', NULL, 364);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1365, 'TOWN', '09007010', '南竿鄉', '南竿鄉', DATE '1912-01-01', NULL, 365);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1366, 'TOWN', '09007020', '北竿鄉', '北竿鄉', DATE '1912-01-01', NULL, 366);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1367, 'TOWN', '09007030', '莒光鄉', '莒光鄉', DATE '1912-01-01', NULL, 367);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1368, 'TOWN', '09007040', '東引鄉', '東引鄉', DATE '1912-01-01', NULL, 368);

COMMENT ON TABLE rg_person IS 'Register: persons; replace with a read-only view over the real register';
COMMENT ON TABLE rg_household IS 'Register: households; replace with a read-only view over the real register';
COMMENT ON TABLE rg_village_stat IS 'Monthly population statistics per village, computed from the register';
