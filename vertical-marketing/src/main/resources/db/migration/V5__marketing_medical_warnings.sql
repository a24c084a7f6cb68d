-- AD-05: the warning sentence a drug (OTC) or device ad must carry; appended to text copy, JSON copy goes to review.
insert into compliance_rule (id, stage, kind, pattern, terms, action, replacement, message, source, tasks) values
('AD-05-DRUG', 'OUTPUT', 'CHECK', 'drug-warning-missing', '[]', 'APPEND', '请按药品说明书或者在药师指导下购买和使用',
 'OTC drug ads must carry the statutory warning.', '广告法 Art 16 (catalogue AD-05)', '["social-post"]'),
('AD-05-DRUG-JSON', 'OUTPUT', 'CHECK', 'drug-warning-missing', '[]', 'REVIEW', null,
 'Drug copy lacks the statutory warning: an editor must add it before release.', '广告法 Art 16 (catalogue AD-05)',
 '["ad-copy", "email", "ab-variants"]'),
('AD-05-DEVICE', 'OUTPUT', 'CHECK', 'device-warning-missing', '[]', 'APPEND',
 '请仔细阅读产品说明书或者在医务人员的指导下购买和使用',
 'Medical device ads must carry the statutory warning.', '广告法 Art 16 (catalogue AD-05)', '["social-post"]'),
('AD-05-DEVICE-JSON', 'OUTPUT', 'CHECK', 'device-warning-missing', '[]', 'REVIEW', null,
 'Device copy lacks the statutory warning: an editor must add it before release.', '广告法 Art 16 (catalogue AD-05)',
 '["ad-copy", "email", "ab-variants"]');
