-- Seeded scripts (issue 5): DOMAIN.md's three approved scripts verbatim, the 媒体书面回复 template
-- and more across the scenarios, approved by 集团企划. ScriptSeedTest checks each has zero hits.

INSERT INTO script (code, title, scenario, tags, body, state, origin, approved_at, approved_by, updated_at, updated_by)
VALUES ('basic-1', '基本话术一:书面答复', 'WRITTEN_REPLY', '暂复,记者,顾客,基本话术', '您的问题我已记下,我们会尽快以书面形式答复您。感谢您对{公司}的关注。', 'APPROVED', 'SEED', CURRENT_TIMESTAMP, '集团企划', CURRENT_TIMESTAMP, '集团企划');
INSERT INTO script (code, title, scenario, tags, body, state, origin, approved_at, approved_by, updated_at, updated_by)
VALUES ('basic-2', '基本话术二:先行赔付', 'ADVANCE_PAYMENT', '先行赔付,商户,基本话术', '{公司}作为一家负责任的大型知名家居平台运营商,对消费者作出的先行赔付承诺始终不变,凡在{公司}家居商场所购商品出现质量或服务问题的,顾客与商户难以达成共识时,{公司}将依据国家及地方相关法律法规,给予"先行赔付"。', 'APPROVED', 'SEED', CURRENT_TIMESTAMP, '集团企划', CURRENT_TIMESTAMP, '集团企划');
INSERT INTO script (code, title, scenario, tags, body, state, origin, approved_at, approved_by, updated_at, updated_by)
VALUES ('basic-3', '基本话术三:正在处理', 'WRITTEN_REPLY', '处理中,顾客,记者,基本话术', '感谢您的反馈,您的反馈能帮助我们进一步提高服务质量。您所反映的这起客诉目前已在积极处理中,如果您需要知晓最终处理结果,我们会以书面形式知会您。', 'APPROVED', 'SEED', CURRENT_TIMESTAMP, '集团企划', CURRENT_TIMESTAMP, '集团企划');
INSERT INTO script (code, title, scenario, tags, body, state, origin, approved_at, approved_by, updated_at, updated_by)
VALUES ('media-written-reply', '媒体书面回复', 'WRITTEN_REPLY', '正式回复,记者,媒体', '{媒体}{记者}记者:
您好!感谢您对{公司}的关注。您所了解的{商场}顾客投诉(案件编号{案件编号}),我们高度重视,目前已在积极处理中。只要能证明是在本商场购买,我们都会对服务和质量负责,具体情况我们正在核实。我们将于{承诺时间}前以书面形式告知您处理进展。
{公司}{商场}
{日期}', 'APPROVED', 'SEED', CURRENT_TIMESTAMP, '集团企划', CURRENT_TIMESTAMP, '集团企划');
INSERT INTO script (code, title, scenario, tags, body, state, origin, approved_at, approved_by, updated_at, updated_by)
VALUES ('media-welcome', '媒体接待:首次接待记者', 'MEDIA_RECEPTION', '记者,接待,登记', '您好,欢迎您来到{商场}。我是顾客服务部的接待人员,请问怎么称呼您?方便留下您所在的媒体、联系方式和这次的采访需求吗?我们会认真记录,并尽快安排专人与您对接。', 'APPROVED', 'SEED', CURRENT_TIMESTAMP, '集团企划', CURRENT_TIMESTAMP, '集团企划');
INSERT INTO script (code, title, scenario, tags, body, state, origin, approved_at, approved_by, updated_at, updated_by)
VALUES ('media-outline', '媒体接待:请求采访提纲', 'MEDIA_RECEPTION', '采访提纲,记者', '{记者}记者您好,为了给您准确、完整的答复,能否请您把采访提纲或想了解的问题发给我们?我们收到后会认真核实,并于{承诺时间}前以书面形式回复您。', 'APPROVED', 'SEED', CURRENT_TIMESTAMP, '集团企划', CURRENT_TIMESTAMP, '集团企划');
INSERT INTO script (code, title, scenario, tags, body, state, origin, approved_at, approved_by, updated_at, updated_by)
VALUES ('media-progress', '媒体接待:说明处理进展', 'MEDIA_RECEPTION', '进展,流程,记者', '您关注的这起客诉,我们已于第一时间受理,目前正在核实情况并与商户积极沟通。处理进展和结果,我们会按照客诉处理流程以书面形式告知您。', 'APPROVED', 'SEED', CURRENT_TIMESTAMP, '集团企划', CURRENT_TIMESTAMP, '集团企划');
INSERT INTO script (code, title, scenario, tags, body, state, origin, approved_at, approved_by, updated_at, updated_by)
VALUES ('media-service-promise', '媒体接待:服务承诺', 'MEDIA_RECEPTION', '服务承诺,流程', '凡在{商场}购买的商品出现质量或服务问题,我们都会依照客诉处理流程受理、核实并跟进到底。我们的服务承诺和处理流程,可以书面提供给您。', 'APPROVED', 'SEED', CURRENT_TIMESTAMP, '集团企划', CURRENT_TIMESTAMP, '集团企划');
INSERT INTO script (code, title, scenario, tags, body, state, origin, approved_at, approved_by, updated_at, updated_by)
VALUES ('written-customer-reply', '书面回复:致顾客', 'WRITTEN_REPLY', '顾客,书面,承诺时间', '尊敬的{顾客称呼}:
您好!您近日反映的问题(案件编号{案件编号})我们已收到并高度重视。目前我们正在核实具体情况,并与相关商户积极沟通,将于{承诺时间}前与您联系,告知处理方案。感谢您对{公司}的信任与支持。
{商场}顾客服务部
{日期}', 'APPROVED', 'SEED', CURRENT_TIMESTAMP, '集团企划', CURRENT_TIMESTAMP, '集团企划');
INSERT INTO script (code, title, scenario, tags, body, state, origin, approved_at, approved_by, updated_at, updated_by)
VALUES ('advance-payment-explain', '先行赔付:向顾客说明', 'ADVANCE_PAYMENT', '先行赔付,顾客', '请您放心,只要能证明是在本商场购买,我们都会对服务和质量负责。如果您与商户难以达成一致,{公司}将依据先行赔付承诺先行为您解决问题,后续事宜由我们与商户处理。', 'APPROVED', 'SEED', CURRENT_TIMESTAMP, '集团企划', CURRENT_TIMESTAMP, '集团企划');
INSERT INTO script (code, title, scenario, tags, body, state, origin, approved_at, approved_by, updated_at, updated_by)
VALUES ('advance-payment-media', '先行赔付:回应媒体', 'ADVANCE_PAYMENT', '先行赔付,记者,媒体', '针对顾客反映的问题,{公司}已启动先行赔付流程。我们对消费者作出的先行赔付承诺始终不变,后续与商户之间的事宜由商场处理,不影响顾客的权益。', 'APPROVED', 'SEED', CURRENT_TIMESTAMP, '集团企划', CURRENT_TIMESTAMP, '集团企划');
INSERT INTO script (code, title, scenario, tags, body, state, origin, approved_at, approved_by, updated_at, updated_by)
VALUES ('advance-payment-after-sales', '先行赔付:售后由商场兜底', 'ADVANCE_PAYMENT', '先行赔付,售后', '您在{商场}购买的商品,售后问题由我们负责到底。我们已为您登记,并将按照先行赔付的流程为您办理,具体方案将于{承诺时间}前告知您。', 'APPROVED', 'SEED', CURRENT_TIMESTAMP, '集团企划', CURRENT_TIMESTAMP, '集团企划');
INSERT INTO script (code, title, scenario, tags, body, state, origin, approved_at, approved_by, updated_at, updated_by)
VALUES ('undercover-receive', '暗访应对:接待同行人员', 'UNDERCOVER', '暗访,接待,不回避', '欢迎二位。您反映的问题我们非常重视,今天想和您一起把情况了解清楚。只要是在本商场购买的商品,我们都会对服务和质量负责,具体情况我们正在核实。', 'APPROVED', 'SEED', CURRENT_TIMESTAMP, '集团企划', CURRENT_TIMESTAMP, '集团企划');
INSERT INTO script (code, title, scenario, tags, body, state, origin, approved_at, approved_by, updated_at, updated_by)
VALUES ('undercover-process', '暗访应对:说明依据和流程', 'UNDERCOVER', '暗访,法规,流程', '关于您提到的法规,我们会严格按照国家相关法律法规和商场的客诉处理流程办理。目前这起客诉正在积极处理中,每一步进展我们都会以书面形式告知您。', 'APPROVED', 'SEED', CURRENT_TIMESTAMP, '集团企划', CURRENT_TIMESTAMP, '集团企划');
INSERT INTO script (code, title, scenario, tags, body, state, origin, approved_at, approved_by, updated_at, updated_by)
VALUES ('undercover-sincere', '暗访应对:表达诚意', 'UNDERCOVER', '暗访,致歉,有态度', '给您带来不便,我们深表歉意。这件事我们一定会认真对待,请您给我们一点时间核实,我们会尽快给您一个明确的答复。', 'APPROVED', 'SEED', CURRENT_TIMESTAMP, '集团企划', CURRENT_TIMESTAMP, '集团企划');
INSERT INTO script (code, title, scenario, tags, body, state, origin, approved_at, approved_by, updated_at, updated_by)
VALUES ('social-public-reply', '社交平台回复:公开回复', 'SOCIAL_REPLY', '微博,小红书,大众点评,抖音,私信', '您好,看到您的反馈我们非常重视,已第一时间联系门店核实。麻烦您私信留下联系方式和购买信息,我们的客服会尽快与您联系,一定帮您妥善处理。', 'APPROVED', 'SEED', CURRENT_TIMESTAMP, '集团企划', CURRENT_TIMESTAMP, '集团企划');
INSERT INTO script (code, title, scenario, tags, body, state, origin, approved_at, approved_by, updated_at, updated_by)
VALUES ('social-follow-up', '社交平台回复:处理进展', 'SOCIAL_REPLY', '进展,厂商', '感谢您的耐心等待。您反映的问题已由{商场}顾客服务部专人跟进,目前正在与厂商积极沟通,处理进展我们会及时告知您。', 'APPROVED', 'SEED', CURRENT_TIMESTAMP, '集团企划', CURRENT_TIMESTAMP, '集团企划');
INSERT INTO script (code, title, scenario, tags, body, state, origin, approved_at, approved_by, updated_at, updated_by)
VALUES ('social-resolved', '社交平台回复:处理完成', 'SOCIAL_REPLY', '结案,感谢', '您好,您反映的问题已与您沟通并协商解决,感谢您对{公司}的理解与支持。我们会持续改进服务,欢迎您继续监督。', 'APPROVED', 'SEED', CURRENT_TIMESTAMP, '集团企划', CURRENT_TIMESTAMP, '集团企划');
INSERT INTO script (code, title, scenario, tags, body, state, origin, approved_at, approved_by, updated_at, updated_by)
VALUES ('calm-listen', '顾客安抚:倾听并了解情况', 'CUSTOMER_CALMING', '倾听,了解情况', '您先别着急,您能再和我们说说具体的情况吗?我们想好好解决这个问题。', 'APPROVED', 'SEED', CURRENT_TIMESTAMP, '集团企划', CURRENT_TIMESTAMP, '集团企划');
INSERT INTO script (code, title, scenario, tags, body, state, origin, approved_at, approved_by, updated_at, updated_by)
VALUES ('calm-manufacturer', '顾客安抚:与厂商沟通中', 'CUSTOMER_CALMING', '厂商,沟通', '我们正在积极与厂商沟通,一定帮您妥善处理。', 'APPROVED', 'SEED', CURRENT_TIMESTAMP, '集团企划', CURRENT_TIMESTAMP, '集团企划');
INSERT INTO script (code, title, scenario, tags, body, state, origin, approved_at, approved_by, updated_at, updated_by)
VALUES ('calm-verify', '顾客安抚:先核实再答复', 'CUSTOMER_CALMING', '核实,书面,承诺时间', '我们会先核实情况,再以书面形式给您答复。请您留下方便联系的电话,我们会在{承诺时间}前与您联系。', 'APPROVED', 'SEED', CURRENT_TIMESTAMP, '集团企划', CURRENT_TIMESTAMP, '集团企划');
INSERT INTO script (code, title, scenario, tags, body, state, origin, approved_at, approved_by, updated_at, updated_by)
VALUES ('calm-apology', '顾客安抚:致歉与改进', 'CUSTOMER_CALMING', '致歉,改进', '{顾客称呼},这次给您带来的不便,我们真诚地向您道歉。我们会为您落实解决方案,并改进相关服务,避免类似情况再次发生。', 'APPROVED', 'SEED', CURRENT_TIMESTAMP, '集团企划', CURRENT_TIMESTAMP, '集团企划');
INSERT INTO script (code, title, scenario, tags, body, state, origin, approved_at, approved_by, updated_at, updated_by)
VALUES ('internal-risk-report', '内部上报:舆情风险上报', 'INTERNAL_REPORT', '上报,30分钟,集团企划', '【舆情风险上报】{商场}于{日期}接到{媒体}{记者}记者关于顾客投诉的采访需求(案件编号{案件编号})。一、媒体与采访情况:……;二、客诉情况:……;三、目前进展:已受理,正在核实。请集团企划公关部给予指导。', 'APPROVED', 'SEED', CURRENT_TIMESTAMP, '集团企划', CURRENT_TIMESTAMP, '集团企划');
INSERT INTO script (code, title, scenario, tags, body, state, origin, approved_at, approved_by, updated_at, updated_by)
VALUES ('internal-solution', '内部上报:处理方案报批', 'INTERNAL_REPORT', '方案,报批,集团营运', '【处理方案报批】案件编号{案件编号}。顾客诉求:……;已核实情况:……;建议方案(换货/退款/补偿/先行赔付):……;计划于{承诺时间}前与顾客落实。请集团营运审批。', 'APPROVED', 'SEED', CURRENT_TIMESTAMP, '集团企划', CURRENT_TIMESTAMP, '集团企划');
INSERT INTO script (code, title, scenario, tags, body, state, origin, approved_at, approved_by, updated_at, updated_by)
VALUES ('internal-closing', '内部上报:结案与复盘', 'INTERNAL_REPORT', '结案,复盘,预案', '【结案报告】案件编号{案件编号}已于{日期}与顾客落实解决方案。处理经过:……;经验与改进措施:……;预案更新建议:……。', 'APPROVED', 'SEED', CURRENT_TIMESTAMP, '集团企划', CURRENT_TIMESTAMP, '集团企划');

INSERT INTO script_version (script_id, version_no, title, tags, body, state, action, saved_at, saved_by)
SELECT id, 1, title, tags, body, state, 'SEED', updated_at, updated_by FROM script;
