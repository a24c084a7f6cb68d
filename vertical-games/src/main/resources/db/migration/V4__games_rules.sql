-- games: the machine-checkable GM rules of the compliance catalogue (section 6.2). Rules needing the tenant's data
-- (age rating, market, item) are named checks in org.aigc.games.compliance. Not encoded here: GM-09 (live NPC output
-- passes the same filter and is logged: the pipeline does this for every task), GM-10 (labels: vertical-core's
-- Labeller; Steam disclosure category is a store-page setting, not text).

-- GM-06 v2: also self-harm and crime instructions.
update compliance_rule set terms = '["real-money gambling", "real money gambling", "online casino", "bet real money",
   "gambling site", "buy drugs", "cocaine", "heroin", "meth", "kill yourself", "cut yourself", "self-harm",
   "how to make a bomb", "how to steal a car", "shoplifting tips",
   "真钱赌博", "网络赌场", "赌博网站", "赌资", "毒品", "冰毒", "海洛因", "自残", "割腕", "自杀方法", "制造炸弹", "偷车方法"]',
    message = 'Game text must not teach or promote real-money gambling, drugs, self-harm or crime.',
    version = 2
 where id = 'GM-06';

insert into compliance_rule (id, stage, kind, pattern, terms, action, message, source, locale, tasks) values
('GM-01', 'INPUT', 'CHECK', 'minor-play-window', '[]', 'BLOCK',
 'An event for PRC players including minors may only run Fri-Sun and public holidays, 20:00-21:00.',
 'NPPA 关于进一步严格管理 切实防止未成年人沉迷网络游戏的通知 (2021) (catalogue GM-01)', null, '["world-event"]'),
('GM-02', 'INPUT', 'CHECK', 'minor-spending-limit', '[]', 'BLOCK',
 'Offers to minors may not exceed the top-up limits: none under 8, 50 RMB (8-15), 100 RMB (16-17) per top-up.',
 'NPPA 关于防止未成年人沉迷网络游戏的通知 (2019) (catalogue GM-02)', null, '["world-event"]'),
('GM-03', 'OUTPUT', 'CHECK', 'loot-box-odds', '[]', 'BLOCK',
 'Copy for paid random items must show or link the per-item probabilities.',
 '文市发〔2016〕32号; Apple App Store Review Guideline 3.1.1 (catalogue GM-03)', null,
 '["item-description", "world-event"]'),
('GM-04', 'OUTPUT', 'CHECK', 'loot-box-market', '[]', 'REVIEW',
 'Paid random items for Belgium (removal) or the Netherlands (legal review) need a human decision.',
 'Belgian Gaming Commission report 2018-04-25; NL Raad van State 2022-03-09 (catalogue GM-04)', null,
 '["item-description", "world-event"]'),
('GM-06-LINK', 'OUTPUT', 'REGEX', 'https?://\S*(casino|gambl|poker|slots|betting|赌)\S*', '[]', 'BLOCK',
 'Game text must not link to gambling sites.',
 '网络出版服务管理规定 Art 24-25 (catalogue GM-06)', null, null),
('GM-07', 'OUTPUT', 'CHECK', 'age-rating-content', '[]', 'BLOCK',
 'The content goes beyond the world''s declared age rating (gore, sexual content, drugs, gambling, strong language).',
 'PEGI/ESRB content descriptors; CADPA 网络游戏适龄提示 (catalogue GM-07)', null, null),
('GM-08', 'INPUT', 'CHECK', 'likeness-consent', '[]', 'BLOCK',
 'Cloning a real person''s voice or face needs their separate consent (consentRecordId).',
 'SAG-AFTRA Interactive Media Agreement 2025; 深度合成规定 Art 14; 民法典 Arts 1019/1023 (catalogue GM-08)', null, null),
('GM-11', 'OUTPUT', 'CHECK', 'child-purchase-exhortation', '[]', 'BLOCK',
 'Copy for children may not tell them to buy or to get their parents to buy.',
 'UCPD Annex I No. 28; 广告法 Art 40 (catalogue GM-11)', null, '["world-event", "item-description"]');

-- GM-05 is a draft rule: record the finding, do not block.
insert into compliance_rule (id, stage, kind, terms, action, message, source, locale, tasks) values
('GM-05', 'OUTPUT', 'TERMS',
 '["首充", "连充", "累充", "连续充值", "每日登录奖励", "每日签到奖励", "登录送", "充值返利"]',
 'FLAG', 'Inducement mechanics (daily-login, first or consecutive top-up rewards) for the PRC market (draft rule).',
 'NPPA 网络游戏管理办法（草案征求意见稿）2023-12-22, DRAFT (catalogue GM-05)', 'zh',
 '["world-event", "item-description"]');
