-- Reference data from DOMAIN.md. Everything here stays editable in Settings.
INSERT INTO app_setting (setting_key, setting_value) VALUES ('company.name', '星河家居');
INSERT INTO app_setting (setting_key, setting_value) VALUES ('board.closedPageSize', '50');

INSERT INTO store (code, name, region, sort_order) VALUES ('SH01', '上海真北商场', '华东区域', 1);
INSERT INTO store (code, name, region, sort_order) VALUES ('SH02', '上海浦东商场', '华东区域', 2);
INSERT INTO store (code, name, region, sort_order) VALUES ('HZ01', '杭州滨江商场', '华东区域', 3);
INSERT INTO store (code, name, region, sort_order) VALUES ('BJ01', '北京东四环商场', '华北区域', 4);

-- 发现渠道
INSERT INTO ref_item (kind, code, label_zh, label_en, sort_order) VALUES ('CHANNEL', 'ONSITE', '现场', 'On site', 1);
INSERT INTO ref_item (kind, code, label_zh, label_en, sort_order) VALUES ('CHANNEL', 'PHONE', '电话', 'Phone', 2);
INSERT INTO ref_item (kind, code, label_zh, label_en, sort_order) VALUES ('CHANNEL', 'CS_SYSTEM', '客服系统', 'Customer-service system', 3);
INSERT INTO ref_item (kind, code, label_zh, label_en, sort_order) VALUES ('CHANNEL', 'WEIBO', '微博', 'Weibo', 4);
INSERT INTO ref_item (kind, code, label_zh, label_en, sort_order) VALUES ('CHANNEL', 'XIAOHONGSHU', '小红书', 'Xiaohongshu', 5);
INSERT INTO ref_item (kind, code, label_zh, label_en, sort_order) VALUES ('CHANNEL', 'DIANPING', '大众点评', 'Dianping', 6);
INSERT INTO ref_item (kind, code, label_zh, label_en, sort_order) VALUES ('CHANNEL', 'DOUYIN', '抖音', 'Douyin', 7);
INSERT INTO ref_item (kind, code, label_zh, label_en, sort_order) VALUES ('CHANNEL', 'MENTION', '@提及', '@-mention', 8);
INSERT INTO ref_item (kind, code, label_zh, label_en, sort_order) VALUES ('CHANNEL', 'KEYWORD', '关键词搜索', 'Keyword search', 9);
INSERT INTO ref_item (kind, code, label_zh, label_en, sort_order) VALUES ('CHANNEL', 'JOURNALIST', '记者来访/来电', 'Journalist', 10);

-- 客诉类别
INSERT INTO ref_item (kind, code, label_zh, label_en, sort_order) VALUES ('CATEGORY', 'QUALITY', '产品质量', 'Product quality', 1);
INSERT INTO ref_item (kind, code, label_zh, label_en, sort_order) VALUES ('CATEGORY', 'SERVICE', '服务态度', 'Service attitude', 2);
INSERT INTO ref_item (kind, code, label_zh, label_en, sort_order) VALUES ('CATEGORY', 'DELIVERY', '送货安装', 'Delivery and installation', 3);
INSERT INTO ref_item (kind, code, label_zh, label_en, sort_order) VALUES ('CATEGORY', 'AFTER_SALES', '售后维修', 'After-sales repair', 4);
INSERT INTO ref_item (kind, code, label_zh, label_en, sort_order) VALUES ('CATEGORY', 'REFUND', '退换货', 'Returns and refunds', 5);
INSERT INTO ref_item (kind, code, label_zh, label_en, sort_order) VALUES ('CATEGORY', 'PRICE', '价格纠纷', 'Price dispute', 6);
INSERT INTO ref_item (kind, code, label_zh, label_en, sort_order) VALUES ('CATEGORY', 'MERCHANT', '商户经营(私单、撤店)', 'Merchant conduct (private orders, closure)', 7);
INSERT INTO ref_item (kind, code, label_zh, label_en, sort_order) VALUES ('CATEGORY', 'SAFETY', '安全事故', 'Safety incident', 8);
INSERT INTO ref_item (kind, code, label_zh, label_en, sort_order) VALUES ('CATEGORY', 'OTHER', '其他', 'Other', 9);

-- 舆情风险类型 (from the source's risk points)
INSERT INTO ref_item (kind, code, label_zh, label_en, sort_order) VALUES ('RISK_TYPE', 'NEGATIVE_REVIEW', '负面评价与投诉', 'Negative reviews and complaints', 1);
INSERT INTO ref_item (kind, code, label_zh, label_en, sort_order) VALUES ('RISK_TYPE', 'RUMOR', '谣言与虚假信息', 'Rumours and false information', 2);
INSERT INTO ref_item (kind, code, label_zh, label_en, sort_order) VALUES ('RISK_TYPE', 'PRIVACY', '泄露与侵犯隐私', 'Leaks and privacy violations', 3);
INSERT INTO ref_item (kind, code, label_zh, label_en, sort_order) VALUES ('RISK_TYPE', 'SUDDEN', '突发事件(质量、安全事故)', 'Sudden event (quality, safety)', 4);
INSERT INTO ref_item (kind, code, label_zh, label_en, sort_order) VALUES ('RISK_TYPE', 'WRONG_STATEMENT', '企业错误言论', 'Wrong statement by the company', 5);
INSERT INTO ref_item (kind, code, label_zh, label_en, sort_order) VALUES ('RISK_TYPE', 'STAFF', '员工不当行为', 'Staff misconduct', 6);
INSERT INTO ref_item (kind, code, label_zh, label_en, sort_order) VALUES ('RISK_TYPE', 'DISASTER', '灾害事件', 'Disaster', 7);
INSERT INTO ref_item (kind, code, label_zh, label_en, sort_order) VALUES ('RISK_TYPE', 'SOCIAL', '社会事件', 'Social event', 8);
INSERT INTO ref_item (kind, code, label_zh, label_en, sort_order) VALUES ('RISK_TYPE', 'FALSE_OFFICIAL', '官方发布不实信息', 'False official statement', 9);
INSERT INTO ref_item (kind, code, label_zh, label_en, sort_order) VALUES ('RISK_TYPE', 'GROUP', '群体性事件', 'Group incident', 10);
INSERT INTO ref_item (kind, code, label_zh, label_en, sort_order) VALUES ('RISK_TYPE', 'FOREIGN', '涉外舆情', 'Foreign-related opinion', 11);

-- No acting persons and no default account: the first start asks for the first supervisor.

-- 上报通道. Reconstructed from a garbled slide (DOMAIN.md); editable.
INSERT INTO escalation_route (code, name_zh, name_en, route_level, departments)
    VALUES ('REGION', '区域通道', 'Regional route', 1, '区域企划部、区域营运部');
INSERT INTO escalation_route (code, name_zh, name_en, route_level, departments)
    VALUES ('REGION_PLANNING', '区域企划', 'Regional planning', 1, '区域企划部');
INSERT INTO escalation_route (code, name_zh, name_en, route_level, departments)
    VALUES ('GROUP', '集团通道', 'Group route', 2, '集团企划公关部、集团营运管理推进中心');
INSERT INTO escalation_route (code, name_zh, name_en, route_level, departments)
    VALUES ('GROUP_PR', '集团企划公关', 'Group PR', 2, '集团企划公关部');

INSERT INTO escalation_rule (basis, value_code, route_code) VALUES ('REACH', 'NATIONAL', 'GROUP');
INSERT INTO escalation_rule (basis, value_code, route_code) VALUES ('REACH', 'PROVINCIAL', 'GROUP');
INSERT INTO escalation_rule (basis, value_code, route_code) VALUES ('REACH', 'LOCAL', 'REGION');
INSERT INTO escalation_rule (basis, value_code, route_code) VALUES ('MEDIA_KIND', 'NEWS', 'REGION_PLANNING');
INSERT INTO escalation_rule (basis, value_code, route_code) VALUES ('MEDIA_KIND', 'LIVELIHOOD', 'REGION_PLANNING');
INSERT INTO escalation_rule (basis, value_code, route_code) VALUES ('MEDIA_KIND', 'FINANCIAL', 'GROUP_PR');

INSERT INTO directory_contact (department, name, title, phone, note) VALUES ('区域企划部', '李经理', '企划经理', '021-5550-1201', '工作日 9:00-18:00;夜间拨手机');
INSERT INTO directory_contact (department, name, title, phone, note) VALUES ('区域营运部', '赵经理', '营运经理', '021-5550-1302', NULL);
INSERT INTO directory_contact (department, name, title, phone, note) VALUES ('集团企划公关部', '孙总监', '公关总监', '021-5550-2001', '重大舆情 24 小时');
INSERT INTO directory_contact (department, name, title, phone, note) VALUES ('集团营运管理推进中心', '周经理', '营运推进经理', '021-5550-2102', NULL);

INSERT INTO special_period (name, start_md, end_md) VALUES ('3·15 消费者权益日', '03-12', '03-18');
