-- media: the machine-checkable MD rules of the compliance catalogue (section 7.2). Not encoded: MD-02 and MD-09
-- (synthetic audio, video and images: this service writes text), MD-06 (the explicit and implicit labels are added by
-- vertical-core's Labeller to every output), MD-08 (copyright registration metadata: the audit trail records the
-- prompt and the editor's review), MD-10 (satire carve-out: no lighter label is offered, so nothing to exempt).

insert into compliance_rule (id, stage, kind, pattern, terms, action, replacement, message, source, tasks) values
('MD-01', 'INPUT', 'TERMS', null,
 '["write a fake news", "make up a news story", "invent a news story", "invent a quote", "invent quotes",
   "fabricate a quote", "make up a quote", "pretend it is from reuters", "present it as a reuters report",
   "编造新闻", "编造引语", "捏造新闻", "虚构新闻", "冒充新华社", "写一篇假新闻"]',
 'BLOCK', null, 'Fabricated news presented as real is refused.',
 '深度合成规定 Art 6; 网络音视频信息服务管理规定 Art 11 (catalogue MD-01)', null),
('MD-01-FAITH', 'OUTPUT', 'CHECK', 'source-faithfulness', '[]', 'BLOCK', null,
 'The output contains a quote, number or news-agency attribution that is not in the source document.',
 '深度合成规定 Art 6; AP generative AI standards 2023 (catalogue MD-01)', null),
('MD-03', 'INPUT', 'CHECK', 'likeness-consent', '[]', 'BLOCK', null,
 'Face swap or voice cloning of an identifiable person needs their separate consent (consentRecordId).',
 '深度合成规定 Art 14; 民法典 Arts 1019/1023 (catalogue MD-03)', null),
('MD-05', 'OUTPUT', 'REGEX',
 '(?m)^[ \t]*(?:by|written by|author:|作者[:：]?|文[/／]|记者[:：]?)[ \t]*(?:an? )?(?:(?:ai|a\.i\.|chatgpt|gpt[-\w.]*|claude|gemini|llm|language model)(?![a-z])|人工智能|机器人|ai助手|ai写作)[^\n]*$',
 '[]', 'AMEND', '',
 'An AI is never the credited author: the AI byline is removed; a human editor signs the piece.',
 'EU AI Act Art 50(4); AP standards; ICMJE (catalogue MD-05)', null),
('MD-07', 'INPUT', 'TERMS', null,
 '["改写成原创", "洗稿", "伪原创", "去掉出处", "不注明出处", "rewrite as original", "rewrite it as our own",
   "pass it off as our own", "remove the attribution", "without attribution", "without crediting"]',
 'REVIEW', null, 'Rewriting a third party''s article without attribution or licence needs an editor''s decision.',
 '著作权法; 互联网新闻信息服务管理规定 (catalogue MD-07)', null),
('MD-07-VERBATIM', 'OUTPUT', 'CHECK', 'verbatim-reproduction', '[]', 'REVIEW', null,
 'The output reproduces a long passage of the source verbatim (copyright): an editor decides.',
 '著作权法 Art 24 (fair quotation); verticals.md media checks (catalogue MD-07)', null),
('MD-HEADLINE', 'OUTPUT', 'CHECK', 'headline-options', '[]', 'BLOCK', null,
 'The headline answer must have the number of options asked for, each within the requested length.',
 'Outlet headline specification (platform rule)', '["headline"]');
