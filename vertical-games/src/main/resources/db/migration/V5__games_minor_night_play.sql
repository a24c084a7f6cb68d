-- GM-01 on the output: event copy for players including minors that encourages night-long play goes to an editor
-- (the catalogue asks for such copy to be amended; a human rewrites it).
insert into compliance_rule (id, stage, kind, pattern, terms, action, message, source, tasks) values
('GM-01-COPY', 'OUTPUT', 'CHECK', 'minor-night-play', '[]', 'REVIEW',
 'Event copy for players including minors may not encourage playing through the night or around the clock.',
 'NPPA 关于进一步严格管理 切实防止未成年人沉迷网络游戏的通知 (2021) (catalogue GM-01)', '["world-event"]');
