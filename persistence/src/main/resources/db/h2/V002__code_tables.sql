-- Code tables with validity periods, and their contents at the time of writing.
-- Administrators maintain them afterwards; a code keeps its meaning for records made while it was valid.
CREATE TABLE rl_code (
    id          NUMBER(19) NOT NULL PRIMARY KEY,
    code_table  VARCHAR2(20 CHAR) NOT NULL,
    code        VARCHAR2(10 CHAR) NOT NULL,
    name_zh     VARCHAR2(50 CHAR) NOT NULL,
    name_en     VARCHAR2(100 CHAR) NOT NULL,
    valid_from  DATE NOT NULL,
    valid_to    DATE,
    sort_order  NUMBER(5) NOT NULL,
    CONSTRAINT rl_code_uk UNIQUE (code_table, code, valid_from),
    CONSTRAINT rl_code_period_ck CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

CREATE INDEX rl_code_table_ix ON rl_code (code_table, code);

INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (1, 'COUNTY', '63000', '臺北市', 'Taipei City', DATE '1912-01-01', NULL, 1);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (2, 'COUNTY', '64000', '高雄市', 'Kaohsiung City', DATE '1912-01-01', NULL, 2);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (3, 'COUNTY', '65000', '新北市', 'New Taipei City', DATE '2010-12-25', NULL, 3);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (4, 'COUNTY', '66000', '臺中市', 'Taichung City', DATE '2010-12-25', NULL, 4);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (5, 'COUNTY', '67000', '臺南市', 'Tainan City', DATE '2010-12-25', NULL, 5);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (6, 'COUNTY', '68000', '桃園市', 'Taoyuan City', DATE '2014-12-25', NULL, 6);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (7, 'COUNTY', '10001', '臺北縣', 'Taipei County', DATE '1912-01-01', DATE '2010-12-24', 7);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (8, 'COUNTY', '10002', '宜蘭縣', 'Yilan County', DATE '1912-01-01', NULL, 8);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (9, 'COUNTY', '10003', '桃園縣', 'Taoyuan County', DATE '1912-01-01', DATE '2014-12-24', 9);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (10, 'COUNTY', '10004', '新竹縣', 'Hsinchu County', DATE '1912-01-01', NULL, 10);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (11, 'COUNTY', '10005', '苗栗縣', 'Miaoli County', DATE '1912-01-01', NULL, 11);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (12, 'COUNTY', '10006', '臺中縣', 'Taichung County', DATE '1912-01-01', DATE '2010-12-24', 12);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (13, 'COUNTY', '10007', '彰化縣', 'Changhua County', DATE '1912-01-01', NULL, 13);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (14, 'COUNTY', '10008', '南投縣', 'Nantou County', DATE '1912-01-01', NULL, 14);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (15, 'COUNTY', '10009', '雲林縣', 'Yunlin County', DATE '1912-01-01', NULL, 15);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (16, 'COUNTY', '10010', '嘉義縣', 'Chiayi County', DATE '1912-01-01', NULL, 16);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (17, 'COUNTY', '10011', '臺南縣', 'Tainan County', DATE '1912-01-01', DATE '2010-12-24', 17);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (18, 'COUNTY', '10012', '高雄縣', 'Kaohsiung County', DATE '1912-01-01', DATE '2010-12-24', 18);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (19, 'COUNTY', '10013', '屏東縣', 'Pingtung County', DATE '1912-01-01', NULL, 19);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (20, 'COUNTY', '10014', '臺東縣', 'Taitung County', DATE '1912-01-01', NULL, 20);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (21, 'COUNTY', '10015', '花蓮縣', 'Hualien County', DATE '1912-01-01', NULL, 21);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (22, 'COUNTY', '10016', '澎湖縣', 'Penghu County', DATE '1912-01-01', NULL, 22);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (23, 'COUNTY', '10017', '基隆市', 'Keelung City', DATE '1912-01-01', NULL, 23);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (24, 'COUNTY', '10018', '新竹市', 'Hsinchu City', DATE '1912-01-01', NULL, 24);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (25, 'COUNTY', '10019', '臺中市', 'Taichung City (provincial)', DATE '1912-01-01', DATE '2010-12-24', 25);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (26, 'COUNTY', '10020', '嘉義市', 'Chiayi City', DATE '1912-01-01', NULL, 26);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (27, 'COUNTY', '10021', '臺南市', 'Tainan City (provincial)', DATE '1912-01-01', DATE '2010-12-24', 27);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (28, 'COUNTY', '09007', '連江縣', 'Lienchiang County', DATE '1912-01-01', NULL, 28);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (29, 'COUNTY', '09020', '金門縣', 'Kinmen County', DATE '1912-01-01', NULL, 29);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (30, 'ISSUE_SITE', '09007', '連江', 'Lienchiang', DATE '1912-01-01', NULL, 1);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (31, 'ISSUE_SITE', '09020', '金門', 'Kinmen', DATE '1912-01-01', NULL, 2);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (32, 'ISSUE_SITE', '10001', '北縣', 'Taipei County', DATE '1912-01-01', DATE '2010-12-24', 3);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (33, 'ISSUE_SITE', '10002', '宜縣', 'Yilan County', DATE '1912-01-01', NULL, 4);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (34, 'ISSUE_SITE', '10003', '桃縣', 'Taoyuan County', DATE '1912-01-01', DATE '2014-12-24', 5);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (35, 'ISSUE_SITE', '10004', '竹縣', 'Hsinchu County', DATE '1912-01-01', NULL, 6);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (36, 'ISSUE_SITE', '10005', '苗縣', 'Miaoli County', DATE '1912-01-01', NULL, 7);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (37, 'ISSUE_SITE', '10006', '中縣', 'Taichung County', DATE '1912-01-01', DATE '2010-12-24', 8);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (38, 'ISSUE_SITE', '10007', '彰縣', 'Changhua County', DATE '1912-01-01', NULL, 9);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (39, 'ISSUE_SITE', '10008', '投縣', 'Nantou County', DATE '1912-01-01', NULL, 10);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (40, 'ISSUE_SITE', '10009', '雲縣', 'Yunlin County', DATE '1912-01-01', NULL, 11);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (41, 'ISSUE_SITE', '10010', '嘉縣', 'Chiayi County', DATE '1912-01-01', NULL, 12);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (42, 'ISSUE_SITE', '10011', '南縣', 'Tainan County', DATE '1912-01-01', DATE '2010-12-24', 13);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (43, 'ISSUE_SITE', '10012', '高縣', 'Kaohsiung County', DATE '1912-01-01', DATE '2010-12-24', 14);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (44, 'ISSUE_SITE', '10013', '屏縣', 'Pingtung County', DATE '1912-01-01', NULL, 15);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (45, 'ISSUE_SITE', '10014', '東縣', 'Taitung County', DATE '1912-01-01', NULL, 16);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (46, 'ISSUE_SITE', '10015', '花縣', 'Hualien County', DATE '1912-01-01', NULL, 17);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (47, 'ISSUE_SITE', '10016', '澎縣', 'Penghu County', DATE '1912-01-01', NULL, 18);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (48, 'ISSUE_SITE', '10017', '基市', 'Keelung City', DATE '1912-01-01', NULL, 19);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (49, 'ISSUE_SITE', '10018', '竹市', 'Hsinchu City', DATE '1912-01-01', NULL, 20);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (50, 'ISSUE_SITE', '10020', '嘉市', 'Chiayi City', DATE '1912-01-01', NULL, 21);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (51, 'ISSUE_SITE', '63000', '北市', 'Taipei City', DATE '1912-01-01', NULL, 22);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (52, 'ISSUE_SITE', '64000', '高市', 'Kaohsiung City', DATE '1912-01-01', NULL, 23);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (53, 'ISSUE_SITE', '65000', '新北市', 'New Taipei City', DATE '2010-12-25', NULL, 24);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (54, 'ISSUE_SITE', '66000', '中市', 'Taichung City', DATE '2010-12-25', NULL, 25);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (55, 'ISSUE_SITE', '67000', '南市', 'Tainan City', DATE '2010-12-25', NULL, 26);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (56, 'ISSUE_SITE', '68000', '桃市', 'Taoyuan City', DATE '2014-12-25', NULL, 27);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (57, 'APPLY_CODE', '0', '未領證', 'never issued', DATE '1912-01-01', NULL, 1);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (58, 'APPLY_CODE', '1', '初發', 'first issue', DATE '1912-01-01', NULL, 2);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (59, 'APPLY_CODE', '2', '補發', 'replacement', DATE '1912-01-01', NULL, 3);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (60, 'APPLY_CODE', '3', '換發', 'renewal', DATE '1912-01-01', NULL, 4);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (61, 'RELATIONSHIP', '01', '戶長', 'head of household', DATE '1912-01-01', NULL, 1);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (62, 'RELATIONSHIP', '02', '配偶', 'spouse', DATE '1912-01-01', NULL, 2);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (63, 'RELATIONSHIP', '03', '父', 'father', DATE '1912-01-01', NULL, 3);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (64, 'RELATIONSHIP', '04', '母', 'mother', DATE '1912-01-01', NULL, 4);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (65, 'RELATIONSHIP', '05', '子', 'son', DATE '1912-01-01', NULL, 5);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (66, 'RELATIONSHIP', '06', '女', 'daughter', DATE '1912-01-01', NULL, 6);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (67, 'RELATIONSHIP', '07', '孫', 'grandson', DATE '1912-01-01', NULL, 7);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (68, 'RELATIONSHIP', '08', '孫女', 'granddaughter', DATE '1912-01-01', NULL, 8);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (69, 'RELATIONSHIP', '09', '媳', 'daughter-in-law', DATE '1912-01-01', NULL, 9);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (70, 'RELATIONSHIP', '10', '婿', 'son-in-law', DATE '1912-01-01', NULL, 10);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (71, 'RELATIONSHIP', '11', '兄', 'elder brother', DATE '1912-01-01', NULL, 11);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (72, 'RELATIONSHIP', '12', '弟', 'younger brother', DATE '1912-01-01', NULL, 12);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (73, 'RELATIONSHIP', '13', '姊', 'elder sister', DATE '1912-01-01', NULL, 13);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (74, 'RELATIONSHIP', '14', '妹', 'younger sister', DATE '1912-01-01', NULL, 14);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (75, 'RELATIONSHIP', '15', '祖父', 'grandfather', DATE '1912-01-01', NULL, 15);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (76, 'RELATIONSHIP', '16', '祖母', 'grandmother', DATE '1912-01-01', NULL, 16);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (77, 'RELATIONSHIP', '17', '岳父', 'father-in-law', DATE '1912-01-01', NULL, 17);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (78, 'RELATIONSHIP', '18', '岳母', 'mother-in-law', DATE '1912-01-01', NULL, 18);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (79, 'RELATIONSHIP', '19', '姪', 'nephew', DATE '1912-01-01', NULL, 19);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (80, 'RELATIONSHIP', '20', '姪女', 'niece', DATE '1912-01-01', NULL, 20);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (81, 'RELATIONSHIP', '99', '其他', 'other', DATE '1912-01-01', NULL, 21);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (82, 'REMOVAL_REASON', '1', '死亡', 'death', DATE '1912-01-01', NULL, 1);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (83, 'REMOVAL_REASON', '2', '死亡宣告', 'declared dead', DATE '1912-01-01', NULL, 2);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (84, 'REMOVAL_REASON', '3', '遷出國外', 'emigration', DATE '1912-01-01', NULL, 3);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (85, 'REMOVAL_REASON', '4', '喪失國籍', 'loss of nationality', DATE '1912-01-01', NULL, 4);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (86, 'REMOVAL_REASON', '5', '廢止戶籍', 'registration annulled', DATE '1912-01-01', NULL, 5);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (87, 'REMOVAL_REASON', '6', '重複登記', 'duplicate registration', DATE '1912-01-01', NULL, 6);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (88, 'MILITARY_CATEGORY', '1', '役男', 'draftee', DATE '1912-01-01', NULL, 1);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (89, 'MILITARY_CATEGORY', '2', '國民兵', 'national guard', DATE '1912-01-01', NULL, 2);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (90, 'MILITARY_CATEGORY', '3', '後備軍人', 'reservist', DATE '1912-01-01', NULL, 3);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (91, 'MILITARY_CATEGORY', '4', '替代役', 'alternative service', DATE '1912-01-01', NULL, 4);
INSERT INTO rl_code (id, code_table, code, name_zh, name_en, valid_from, valid_to, sort_order) VALUES (92, 'MILITARY_CATEGORY', '5', '退伍', 'veteran', DATE '1912-01-01', NULL, 5);
