-- The two built-in templates (DOMAIN.md). Departments are reconstructed from a garbled slide;
-- everything here is editable in Settings. record_fields holds one label per line (literal
-- newlines inside the string, which both H2 and PostgreSQL accept).

INSERT INTO checklist_template (code, name_zh, name_en) VALUES ('MEDIA', '涉媒客诉应对流程', 'Media complaint response');
INSERT INTO checklist_template (code, name_zh, name_en) VALUES ('GENERAL', '客诉舆情处理流程', 'General complaint flow');

INSERT INTO checklist_template_step (template_code, step_no, step_key, title, lead_departments, support_departments, guidance, record_fields, rule_kind, offset_minutes, offers_status) VALUES
('MEDIA', 1, 'RECEIVE', '媒体接待', '商场总经办、顾客服务部', '商场舆情小组',
 '即时:热情、礼貌地接待记者,由一位指定人员接待。记下记者姓名、所属媒体、联系方式和采访需求。只就事论事,不透露背后情况;表示一定会妥善处理。',
 '记者姓名
所属媒体
联系方式
采访需求', 'OFFSET', 0, NULL);
INSERT INTO checklist_template_step (template_code, step_no, step_key, title, lead_departments, support_departments, guidance, record_fields, rule_kind, offset_minutes, offers_status) VALUES
('MEDIA', 2, 'REPORT', '舆情风险上报', '商场企划部、顾客服务部', '商场舆情小组',
 '30 分钟内:第一时间按上报通道上报(集团企划公关部):1)媒体单位及采访情况;2)客诉事件本身。',
 '上报对象
上报方式
上报时间', 'OFFSET', 30, NULL);
INSERT INTO checklist_template_step (template_code, step_no, step_key, title, lead_departments, support_departments, guidance, record_fields, rule_kind, offset_minutes, offers_status) VALUES
('MEDIA', 3, 'OUTLINE', '联系记者提供采访提纲,书面回复', '商场舆情小组', '顾客服务部',
 '1 小时内:联系记者,明确记者要问的问题,取得采访提纲;以书面形式暂复(如基本话术 1)。',
 '采访提纲
暂复内容', 'OFFSET', 60, NULL);
INSERT INTO checklist_template_step (template_code, step_no, step_key, title, lead_departments, support_departments, guidance, record_fields, rule_kind, offset_minutes, offers_status) VALUES
('MEDIA', 4, 'SOLUTION', '明确客诉处理方案', '集团营运', '集团营运中心、集团法务部、集团财务部',
 '6 小时内或按记者要求:制定解决顾客问题的方案(换货、退款、补偿,或诚恳道歉并说明防止再发生的措施),方案须经集团领导审批。',
 '处理方案
审批人', 'EARLIER_OF', 360, 'SOLUTION_SET');
INSERT INTO checklist_template_step (template_code, step_no, step_key, title, lead_departments, support_departments, guidance, record_fields, rule_kind, offset_minutes, offers_status) VALUES
('MEDIA', 5, 'CALL', '召开内部沟通讨论会(电话会议)', '商场小组、区域小组', '营运、企划、法务、财务',
 '6 小时内:1)各方汇报情况;2)统一基本应对口径。',
 '参会人员
统一口径', 'OFFSET', 360, NULL);
INSERT INTO checklist_template_step (template_code, step_no, step_key, title, lead_departments, support_departments, guidance, record_fields, rule_kind, offset_minutes, offers_status) VALUES
('MEDIA', 6, 'SCRIPT', '出具采访回复话术', '集团企划', '商场应急小组',
 '12 小时内或按记者要求:集团企划出具门店使用的采访回复话术;第 7 步的正式回复以此为基础。',
 '回复话术', 'EARLIER_OF', 720, NULL);
INSERT INTO checklist_template_step (template_code, step_no, step_key, title, lead_departments, support_departments, guidance, record_fields, rule_kind, offset_minutes, offers_status) VALUES
('MEDIA', 7, 'REPLY', '回复媒体单位', '顾客服务部', '商场应急小组',
 '按记者要求的时间:以第 6 步的话术为基础,向每家媒体发出正式书面回复(正式回复);不得使用禁忌语。',
 '正式回复', 'JOURNALIST_DEADLINE', NULL, 'REPLIED');
INSERT INTO checklist_template_step (template_code, step_no, step_key, title, lead_departments, support_departments, guidance, record_fields, rule_kind, offset_minutes, offers_status) VALUES
('MEDIA', 8, 'CARRY_OUT', '落实顾客端解决方案', '顾客服务部', '商场应急小组',
 '按与顾客约定的时间落实解决方案。有效利用"解决问题时间":营运端化解矛盾、解决问题、引导撤诉。',
 '落实情况
顾客反馈', 'AGREED_TIME', NULL, 'CARRIED_OUT');

INSERT INTO checklist_template_step (template_code, step_no, step_key, title, lead_departments, support_departments, guidance, record_fields, rule_kind, offset_minutes, offers_status) VALUES
('GENERAL', 1, 'DISCOVER', '发现', '顾客服务部', '商场舆情小组',
 '通过社交平台、关键词搜索、自有客服系统、电话或现场发现客诉,登记即完成。',
 '发现渠道', 'OFFSET', 0, NULL);
INSERT INTO checklist_template_step (template_code, step_no, step_key, title, lead_departments, support_departments, guidance, record_fields, rule_kind, offset_minutes, offers_status) VALUES
('GENERAL', 2, 'FACTS', '了解具体情况', '顾客服务部', '涉事商户',
 '弄清是产品质量、服务态度还是其他问题;收集照片、时间、地点和涉及人员。礼貌地请顾客说明:"您能再和我们说说具体的情况吗?我们想好好解决这个问题。"',
 '问题类型
事实经过', 'OFFSET', 120, NULL);
INSERT INTO checklist_template_step (template_code, step_no, step_key, title, lead_departments, support_departments, guidance, record_fields, rule_kind, offset_minutes, offers_status) VALUES
('GENERAL', 3, 'COORDINATE', '内部沟通协调', '顾客服务部', '营运部、企划部',
 '协调相关部门:质量问题找生产/商户,服务态度找服务团队;部门之间不推诿。',
 '参与部门
沟通结论', 'OFFSET', 240, NULL);
INSERT INTO checklist_template_step (template_code, step_no, step_key, title, lead_departments, support_departments, guidance, record_fields, rule_kind, offset_minutes, offers_status) VALUES
('GENERAL', 4, 'SOLUTION', '制定解决方案', '顾客服务部', '营运部',
 '以解决顾客问题为目标:换货、退款、补偿(如小礼品),或诚恳道歉并说明防止再发生的措施。',
 '处理方案
审批人', 'OFFSET', 1440, 'SOLUTION_SET');
INSERT INTO checklist_template_step (template_code, step_no, step_key, title, lead_departments, support_departments, guidance, record_fields, rule_kind, offset_minutes, offers_status) VALUES
('GENERAL', 5, 'CARRY_OUT', '落实', '顾客服务部', '涉事商户',
 '按与顾客约定的时间落实解决方案,并记录顾客反馈。',
 '落实情况
顾客反馈', 'AGREED_TIME', NULL, 'CARRIED_OUT');
INSERT INTO checklist_template_step (template_code, step_no, step_key, title, lead_departments, support_departments, guidance, record_fields, rule_kind, offset_minutes, offers_status) VALUES
('GENERAL', 6, 'FOLLOW_UP', '跟踪评估', '顾客服务部', '商场舆情小组',
 '跟踪顾客满意度,评估处理效果,记录经验教训,更新预案。',
 '评估结论', 'OFFSET', 10080, NULL);
