-- health, part 2 (issue 7): the domain tables, every task of verticals.md and the machine-checkable HC rules.

create table education_material (
    id            bigserial primary key,
    tenant_id     varchar(64) not null,
    topic         varchar(200) not null,
    reading_level varchar(16) not null,
    locale        varchar(16) not null,
    body          text not null check (length(body) <= 20000),
    reviewed_by   varchar(64),
    updated_at    timestamptz not null default now()
);
create index education_material_tenant on education_material (tenant_id, lower(topic));

-- de-identified text only: the API de-identifies before it writes a row
create table clinical_note (
    id         bigserial primary key,
    tenant_id  varchar(64) not null,
    title      varchar(200) not null,
    specialty  varchar(60),
    text       text not null check (length(text) <= 20000),
    created_at timestamptz not null default now()
);
create index clinical_note_tenant on clinical_note (tenant_id, id);

create table review_task (
    id         bigserial primary key,
    tenant_id  varchar(64) not null,
    request_id varchar(64) not null,
    assignee   varchar(64),
    status     varchar(16) not null check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    reviewer   varchar(64),
    comment    varchar(2000),
    created_at timestamptz not null default now(),
    decided_at timestamptz
);
create index review_task_tenant on review_task (tenant_id, status, id);

-- Patient-facing tasks always go to the clinician review queue (review_required).
insert into task_definition (name, description, input_schema, output_schema, model, temperature, max_tokens,
                             review_required) values
('patient-education',
 'A patient-education leaflet on a topic at the requested reading level, consistent with the tenant''s reviewed materials.',
 '{
   "type": "object",
   "additionalProperties": false,
   "required": ["topic", "readingLevel"],
   "properties": {
     "topic": {"type": "string", "minLength": 3, "maxLength": 200},
     "readingLevel": {"enum": ["grade-5", "grade-8", "grade-12"]},
     "audience": {"enum": ["adult", "caregiver", "teen"]}
   }
 }',
 null, 'default', 0.30, 900, true),
('visit-summary',
 'A patient-friendly summary of a de-identified clinical note (stored noteId or inline note).',
 '{
   "type": "object",
   "additionalProperties": false,
   "anyOf": [{"required": ["noteId"]}, {"required": ["note"]}],
   "required": ["readingLevel"],
   "properties": {
     "noteId": {"type": "integer", "minimum": 1},
     "note": {"type": "string", "minLength": 20, "maxLength": 20000},
     "readingLevel": {"enum": ["grade-5", "grade-8", "grade-12"]}
   }
 }',
 null, 'default', 0.20, 900, true),
('discharge-instructions',
 'Discharge instructions for the patient from a de-identified clinical note: self-care, warning signs, follow-up.',
 '{
   "type": "object",
   "additionalProperties": false,
   "anyOf": [{"required": ["noteId"]}, {"required": ["note"]}],
   "required": ["readingLevel"],
   "properties": {
     "noteId": {"type": "integer", "minimum": 1},
     "note": {"type": "string", "minLength": 20, "maxLength": 20000},
     "readingLevel": {"enum": ["grade-5", "grade-8", "grade-12"]},
     "followUp": {"type": "string", "maxLength": 500}
   }
 }',
 null, 'default', 0.20, 1000, true);

-- soap-note becomes a JSON task (S/O/A/P), a draft for the clinician; template v2 replaces v1.
update task_definition set output_schema = '{
   "type": "object",
   "additionalProperties": false,
   "required": ["subjective", "objective", "assessment", "plan"],
   "properties": {
     "subjective": {"type": "string", "maxLength": 6000},
     "objective": {"type": "string", "maxLength": 6000},
     "assessment": {"type": "string", "maxLength": 6000},
     "plan": {"type": "string", "maxLength": 6000}
   }
 }' where name = 'soap-note';
update prompt_template set active = false where task = 'soap-note' and version = 1;

insert into prompt_template (task, version, system_template, user_template, active, weight) values
('patient-education', 1,
$$You write patient-education leaflets for the patients of a health organisation, in the language of locale {locale}.
Reading level: {level.guidance}
Give general health information only. Never tell the reader that they have a condition, never name a medicine together with a dose, and never tell them to start, stop or change a medicine or a dose: tell them to ask their own clinician about their situation. Add no statistics you were not given.$$,
$$Topic: {input.topic}
Reader: {input.audience ?: 'adult'} patient
{#if references}Clinician-reviewed material on this topic; stay consistent with it:
{#for r in references}--- {r.title} (reviewed by {r.reviewedBy})
{r.body}
{/for}{/if}$$,
 true, 100),
('visit-summary', 1,
$$You turn a de-identified clinical note into a summary for the patient, in the language of locale {locale}.
Reading level: {level.guidance}
Explain what was done at the visit and the next steps the note lists, in plain words. Do not state a diagnosis as a fact about the reader ("you have ..."): say what the care team discussed or checked. Do not name medicines with doses and do not tell the reader to change a medicine; refer them to their care team.
Placeholders such as [NAME] or [DATE] stand for removed details: leave them out, never guess them.$$,
$$Clinical note:
<<<
{#if storedNote??}{storedNote}{#else}{input.note}{/if}
>>>$$,
 true, 100),
('discharge-instructions', 1,
$$You write discharge instructions for a patient going home, in the language of locale {locale}.
Reading level: {level.guidance}
Use the sections: What happened, Caring for yourself at home, Warning signs (when to get help at once), Follow-up. For medicines, tell the reader to follow the medicine list their care team gave them; list no doses and no changes. Do not state a diagnosis as a fact about the reader.
Placeholders such as [NAME] or [DATE] stand for removed details: leave them out, never guess them.$$,
$$Clinical note:
<<<
{#if storedNote??}{storedNote}{#else}{input.note}{/if}
>>>
{#if input.followUp??}Follow-up arranged by the care team: {input.followUp}{/if}$$,
 true, 100),
('soap-note', 2,
$$You draft clinical documentation for a licensed clinician{#if input.specialty??} in {input.specialty}{/if}.
Answer with one JSON object with the string fields subjective, objective, assessment and plan, using only what the transcript states; write "not documented" for any part the transcript leaves open. Do not invent findings, doses or diagnoses. Placeholders such as [NAME] stand for removed identifiers: keep them as they are.$$,
$$Visit type: {input.visitType ?: 'not stated'}
Transcript:
<<<
{input.transcript}
>>>$$,
 true, 100);

-- HC-01: the walking skeleton's SSN block gives way to redaction of every Safe Harbor identifier text can carry, in
-- the input (the core masks the input before the prompt is built; DeidentificationGate refuses the model call when
-- anything is left) and in the output. One rule per identifier kind, each a named check in org.aigc.health.compliance.
update compliance_rule set enabled = false where id = 'HC-01';
insert into compliance_rule (id, stage, kind, pattern, action, replacement, message, source, sensitive) values
('HC-01-A', 'INPUT', 'CHECK', 'phi-name', 'AMEND', '[NAME]', 'Removed before the model call: names of the individual, relatives, household members or employers.', 'HIPAA Safe Harbor 45 CFR 164.514(b)(2)(i)(A) (catalogue HC-01)', true),
('HC-01-A-OUT', 'OUTPUT', 'CHECK', 'phi-name', 'AMEND', '[NAME]', 'Removed from the output: names of the individual, relatives, household members or employers.', 'HIPAA Safe Harbor 45 CFR 164.514(b)(2)(i)(A) (catalogue HC-01)', true),
('HC-01-B', 'INPUT', 'CHECK', 'phi-address', 'AMEND', '[ADDRESS]', 'Removed before the model call: geographic subdivisions smaller than a state (street address, city, county).', 'HIPAA Safe Harbor 45 CFR 164.514(b)(2)(i)(B) (catalogue HC-01)', true),
('HC-01-B-OUT', 'OUTPUT', 'CHECK', 'phi-address', 'AMEND', '[ADDRESS]', 'Removed from the output: geographic subdivisions smaller than a state (street address, city, county).', 'HIPAA Safe Harbor 45 CFR 164.514(b)(2)(i)(B) (catalogue HC-01)', true),
('HC-01-B-ZIP', 'INPUT', 'CHECK', 'phi-zip', 'AMEND', '[ZIP]', 'Removed before the model call: ZIP codes (Safe Harbor keeps at most the ZIP-3; the model path drops the whole code).', 'HIPAA Safe Harbor 45 CFR 164.514(b)(2)(i)(B) (catalogue HC-01)', true),
('HC-01-B-ZIP-OUT', 'OUTPUT', 'CHECK', 'phi-zip', 'AMEND', '[ZIP]', 'Removed from the output: ZIP codes (Safe Harbor keeps at most the ZIP-3; the model path drops the whole code).', 'HIPAA Safe Harbor 45 CFR 164.514(b)(2)(i)(B) (catalogue HC-01)', true),
('HC-01-C', 'INPUT', 'CHECK', 'phi-date', 'AMEND', '[DATE]', 'Removed before the model call: elements of dates other than the year.', 'HIPAA Safe Harbor 45 CFR 164.514(b)(2)(i)(C) (catalogue HC-01)', true),
('HC-01-C-OUT', 'OUTPUT', 'CHECK', 'phi-date', 'AMEND', '[DATE]', 'Removed from the output: elements of dates other than the year.', 'HIPAA Safe Harbor 45 CFR 164.514(b)(2)(i)(C) (catalogue HC-01)', true),
('HC-01-C-AGE', 'INPUT', 'CHECK', 'phi-age', 'AMEND', '[90 or older]', 'Removed before the model call: ages over 89 and birth years that reveal them (aggregated as 90+).', 'HIPAA Safe Harbor 45 CFR 164.514(b)(2)(i)(C) (catalogue HC-01)', true),
('HC-01-C-AGE-OUT', 'OUTPUT', 'CHECK', 'phi-age', 'AMEND', '[90 or older]', 'Removed from the output: ages over 89 and birth years that reveal them (aggregated as 90+).', 'HIPAA Safe Harbor 45 CFR 164.514(b)(2)(i)(C) (catalogue HC-01)', true),
('HC-01-D', 'INPUT', 'CHECK', 'phi-phone', 'AMEND', '[PHONE]', 'Removed before the model call: telephone numbers.', 'HIPAA Safe Harbor 45 CFR 164.514(b)(2)(i)(D) (catalogue HC-01)', true),
('HC-01-D-OUT', 'OUTPUT', 'CHECK', 'phi-phone', 'AMEND', '[PHONE]', 'Removed from the output: telephone numbers.', 'HIPAA Safe Harbor 45 CFR 164.514(b)(2)(i)(D) (catalogue HC-01)', true),
('HC-01-E', 'INPUT', 'CHECK', 'phi-fax', 'AMEND', '[FAX]', 'Removed before the model call: fax numbers.', 'HIPAA Safe Harbor 45 CFR 164.514(b)(2)(i)(E) (catalogue HC-01)', true),
('HC-01-E-OUT', 'OUTPUT', 'CHECK', 'phi-fax', 'AMEND', '[FAX]', 'Removed from the output: fax numbers.', 'HIPAA Safe Harbor 45 CFR 164.514(b)(2)(i)(E) (catalogue HC-01)', true),
('HC-01-F', 'INPUT', 'CHECK', 'phi-email', 'AMEND', '[EMAIL]', 'Removed before the model call: e-mail addresses.', 'HIPAA Safe Harbor 45 CFR 164.514(b)(2)(i)(F) (catalogue HC-01)', true),
('HC-01-F-OUT', 'OUTPUT', 'CHECK', 'phi-email', 'AMEND', '[EMAIL]', 'Removed from the output: e-mail addresses.', 'HIPAA Safe Harbor 45 CFR 164.514(b)(2)(i)(F) (catalogue HC-01)', true),
('HC-01-G', 'INPUT', 'CHECK', 'phi-ssn', 'AMEND', '[SSN]', 'Removed before the model call: social security numbers.', 'HIPAA Safe Harbor 45 CFR 164.514(b)(2)(i)(G) (catalogue HC-01)', true),
('HC-01-G-OUT', 'OUTPUT', 'CHECK', 'phi-ssn', 'AMEND', '[SSN]', 'Removed from the output: social security numbers.', 'HIPAA Safe Harbor 45 CFR 164.514(b)(2)(i)(G) (catalogue HC-01)', true),
('HC-01-H', 'INPUT', 'CHECK', 'phi-mrn', 'AMEND', '[MRN]', 'Removed before the model call: medical record numbers.', 'HIPAA Safe Harbor 45 CFR 164.514(b)(2)(i)(H) (catalogue HC-01)', true),
('HC-01-H-OUT', 'OUTPUT', 'CHECK', 'phi-mrn', 'AMEND', '[MRN]', 'Removed from the output: medical record numbers.', 'HIPAA Safe Harbor 45 CFR 164.514(b)(2)(i)(H) (catalogue HC-01)', true),
('HC-01-I', 'INPUT', 'CHECK', 'phi-health-plan', 'AMEND', '[HEALTH-PLAN-ID]', 'Removed before the model call: health plan beneficiary numbers.', 'HIPAA Safe Harbor 45 CFR 164.514(b)(2)(i)(I) (catalogue HC-01)', true),
('HC-01-I-OUT', 'OUTPUT', 'CHECK', 'phi-health-plan', 'AMEND', '[HEALTH-PLAN-ID]', 'Removed from the output: health plan beneficiary numbers.', 'HIPAA Safe Harbor 45 CFR 164.514(b)(2)(i)(I) (catalogue HC-01)', true),
('HC-01-J', 'INPUT', 'CHECK', 'phi-account', 'AMEND', '[ACCOUNT]', 'Removed before the model call: account numbers.', 'HIPAA Safe Harbor 45 CFR 164.514(b)(2)(i)(J) (catalogue HC-01)', true),
('HC-01-J-OUT', 'OUTPUT', 'CHECK', 'phi-account', 'AMEND', '[ACCOUNT]', 'Removed from the output: account numbers.', 'HIPAA Safe Harbor 45 CFR 164.514(b)(2)(i)(J) (catalogue HC-01)', true),
('HC-01-K', 'INPUT', 'CHECK', 'phi-licence', 'AMEND', '[LICENCE]', 'Removed before the model call: certificate and licence numbers.', 'HIPAA Safe Harbor 45 CFR 164.514(b)(2)(i)(K) (catalogue HC-01)', true),
('HC-01-K-OUT', 'OUTPUT', 'CHECK', 'phi-licence', 'AMEND', '[LICENCE]', 'Removed from the output: certificate and licence numbers.', 'HIPAA Safe Harbor 45 CFR 164.514(b)(2)(i)(K) (catalogue HC-01)', true),
('HC-01-L', 'INPUT', 'CHECK', 'phi-vehicle', 'AMEND', '[VEHICLE-ID]', 'Removed before the model call: vehicle identifiers and licence plates.', 'HIPAA Safe Harbor 45 CFR 164.514(b)(2)(i)(L) (catalogue HC-01)', true),
('HC-01-L-OUT', 'OUTPUT', 'CHECK', 'phi-vehicle', 'AMEND', '[VEHICLE-ID]', 'Removed from the output: vehicle identifiers and licence plates.', 'HIPAA Safe Harbor 45 CFR 164.514(b)(2)(i)(L) (catalogue HC-01)', true),
('HC-01-M', 'INPUT', 'CHECK', 'phi-device', 'AMEND', '[DEVICE-ID]', 'Removed before the model call: device identifiers and serial numbers.', 'HIPAA Safe Harbor 45 CFR 164.514(b)(2)(i)(M) (catalogue HC-01)', true),
('HC-01-M-OUT', 'OUTPUT', 'CHECK', 'phi-device', 'AMEND', '[DEVICE-ID]', 'Removed from the output: device identifiers and serial numbers.', 'HIPAA Safe Harbor 45 CFR 164.514(b)(2)(i)(M) (catalogue HC-01)', true),
('HC-01-N', 'INPUT', 'CHECK', 'phi-url', 'AMEND', '[URL]', 'Removed before the model call: web URLs.', 'HIPAA Safe Harbor 45 CFR 164.514(b)(2)(i)(N) (catalogue HC-01)', true),
('HC-01-N-OUT', 'OUTPUT', 'CHECK', 'phi-url', 'AMEND', '[URL]', 'Removed from the output: web URLs.', 'HIPAA Safe Harbor 45 CFR 164.514(b)(2)(i)(N) (catalogue HC-01)', true),
('HC-01-O', 'INPUT', 'CHECK', 'phi-ip', 'AMEND', '[IP]', 'Removed before the model call: IP addresses.', 'HIPAA Safe Harbor 45 CFR 164.514(b)(2)(i)(O) (catalogue HC-01)', true),
('HC-01-O-OUT', 'OUTPUT', 'CHECK', 'phi-ip', 'AMEND', '[IP]', 'Removed from the output: IP addresses.', 'HIPAA Safe Harbor 45 CFR 164.514(b)(2)(i)(O) (catalogue HC-01)', true),
('HC-01-R', 'INPUT', 'CHECK', 'phi-other-id', 'AMEND', '[ID]', 'Removed before the model call: other unique identifying numbers or codes.', 'HIPAA Safe Harbor 45 CFR 164.514(b)(2)(i)(R) (catalogue HC-01)', true),
('HC-01-R-OUT', 'OUTPUT', 'CHECK', 'phi-other-id', 'AMEND', '[ID]', 'Removed from the output: other unique identifying numbers or codes.', 'HIPAA Safe Harbor 45 CFR 164.514(b)(2)(i)(R) (catalogue HC-01)', true);

-- HC-02: no diagnosis, prescription or dose change in patient-facing text. "if you have ..." and "do not stop ..."
-- are the published-style exceptions (general information and safety advice), kept out by look-behinds.
insert into compliance_rule (id, stage, kind, pattern, action, message, source, tasks) values
('HC-02-DX', 'OUTPUT', 'REGEX',
 $$(?<!\bif )(?<!\bdo )(?<!\bwhen )(?<!\bwhether )\byou (?:have(?: been diagnosed with)?|are diagnosed with|are suffering from|suffer from|definitely have|probably have|most likely have)\s+(?:an?\s+)?(?:[a-z0-9-]+\s+){0,2}?(?:diabetes|hypertension|high blood pressure|cancer|pneumonia|infection|asthma|copd|depression|disease|disorder|syndrome|heart failure|fracture|tumou?r|carcinoma|covid(?:-19)?|influenza|the flu|bronchitis|arthritis|sepsis)\b|\byour diagnosis is\b|\bthis (?:confirms|means) (?:that )?you have\b|(?<!如果)(?<!若)(?<!是否)(?:您|你)(?:患有|患了|得了|被确诊为|确诊为|的诊断是)|诊断为$$,
 'BLOCK', 'Patient-facing text must not state a diagnosis; give general information and refer to a licensed clinician.',
 'FDA CDS guidance criterion 3 (patient-facing = device); 互联网诊疗监管细则（试行）2022 (catalogue HC-02)',
 '["patient-education", "visit-summary", "discharge-instructions"]'),
('HC-02-RX', 'OUTPUT', 'REGEX',
 $$(?<!\bnot )(?<!\bnever )(?<!n't )\b(?:take|start|begin|use|give)\s+(?:[a-z]+\s+){0,3}?\d+(?:\.\d+)?\s?(?:mg|mcg|µg|g|ml|units?|iu|tablets?|pills?|capsules?|puffs?|drops?)\b|(?<!\bnot )(?<!\bnever )(?<!n't )\b(?:increase|decrease|reduce|lower|raise|double|halve|stop|discontinue|change|adjust|skip)\s+(?:taking\s+)?(?:your\s+)?(?:[a-z]+\s+)?(?:dose|dosage|medication|medicine|insulin|prescription|pills?|tablets?)\b|\bRx\s*:|\b\d+(?:\.\d+)?\s?(?:mg|mcg|ml|units?)\s+(?:once|twice|three times|every|daily|a day|per day|bid|tid|qid|qd|prn)\b|(?:每次|每日|每天|一天)\s*\d+\s*(?:毫克|mg|片|粒|毫升|ml)|(?<!不要)(?<!请勿)(?<!切勿)(?<!不可)(?:加大|增加|减少|减小|调整)(?:药物|用药)?剂量|(?<!不要)(?<!请勿)(?<!切勿)(?<!不可)(?<!不能)(?<!自行)停药|开具?处方$$,
 'BLOCK', 'Patient-facing text must not prescribe a medicine, give a dose or change a dose.',
 '互联网诊疗监管细则（试行）2022 (AI must not generate prescriptions); FDA CDS criterion 3 (catalogue HC-02)',
 '["patient-education", "visit-summary", "discharge-instructions"]');

insert into compliance_rule (id, stage, kind, terms, allow_list, action, message, source, tasks) values
('HC-03', 'INPUT', 'TERMS',
 '["write a prescription", "write me a prescription", "generate a prescription", "create a prescription",
   "issue a prescription", "prescribe me", "开处方", "开一张处方", "生成处方", "开药方", "帮我开药"]', '[]',
 'BLOCK', 'The service does not generate prescriptions; a physician must issue them personally.',
 '互联网诊疗监管细则（试行）2022 (catalogue HC-03)', '["patient-education", "visit-summary", "discharge-instructions"]'),
('HC-06', 'OUTPUT', 'TERMS',
 '["保证治愈", "包治", "根治", "无效退款", "治愈率", "有效率", "guaranteed cure", "guaranteed to cure", "cure rate",
   "success rate of", "money-back guarantee", "专家推荐", "doctor recommended", "before-and-after"]',
 '["根治性", "根治术"]',
 'BLOCK', 'Health texts must not promise cures, quote cure or efficacy rates, or use endorsements.',
 '医疗广告管理办法 Art 6-7; 广告法 Art 16 (catalogue HC-06)', '["patient-education", "visit-summary", "discharge-instructions"]'),
('HC-07', 'INPUT', 'TERMS',
 '["advertise this prescription drug", "promote this prescription drug", "prescription drug ad", "处方药广告",
   "推广处方药", "宣传处方药"]', '[]',
 'BLOCK', 'Prescription-drug promotion aimed at the public is not allowed.',
 '互联网广告管理办法 2023; 广告法 Art 15 (catalogue HC-07)', null),
('HC-08', 'INPUT', 'TERMS',
 '["buy now", "order now", "visit our hospital", "book at our hospital", "立即购买", "扫码购买", "到我院就诊", "本院特色"]',
 '[]', 'BLOCK', 'Health education must not double as an advertisement for a product or a hospital.',
 '广告法 Art 19; 互联网广告管理办法 (catalogue HC-08)', '["patient-education"]'),
('HC-09', 'INPUT', 'TERMS',
 '["for marketing", "marketing campaign", "marketing list", "insurance underwriting", "risk profiling",
   "insurance profiling", "用于营销", "营销活动", "保险核保", "用户画像"]', '[]',
 'BLOCK', 'Health data may not be reused for marketing or insurance profiling without a purpose and consent.',
 'PIPL Arts 28-29; HIPAA marketing rules (catalogue HC-09)', null),
('HC-10', 'OUTPUT', 'TERMS',
 '["clinically proven", "scientifically proven", "guaranteed results", "reverses diabetes", "cures diabetes",
   "miracle cure", "100% effective", "临床证明", "科学证明", "彻底治愈", "神奇疗效"]', '[]',
 'FLAG', 'Efficacy claim needs RCT substantiation; flagged for the reviewer.',
 'FTC Health Products Compliance Guidance 2022 (catalogue HC-10)', null);

-- HC-04: patient communications carry the AI disclaimer and the way to reach a human, in the output's language.
-- (AB 3030 exempts texts a licensed provider reviewed before sending: that review happens in the review queue,
-- where the reviewer may release the text.) The skeleton's clinician-note wording moves to the patient tasks.
update compliance_rule set tasks = '["patient-education", "visit-summary", "discharge-instructions"]',
  replacement = 'This text was written with the help of artificial intelligence (AI). It is general information, not a diagnosis or a prescription. To speak with a person, contact your care team at your clinic or hospital; in an emergency call 911 or your local emergency number.'
  where id = 'HC-04-EN';
update compliance_rule set tasks = '["patient-education", "visit-summary", "discharge-instructions"]',
  replacement = '本文由人工智能（AI）辅助生成，仅为一般健康信息，不构成诊断或处方。如需人工帮助，请联系您的医疗团队或就诊医院；紧急情况请拨打120。'
  where id = 'HC-04-ZH';

-- HC-11: a SOAP draft must show the basis of its assessment (flag when it cannot).
-- HC-12: emergency symptoms or self-harm in the request append a fixed escalation message (platform practice).
insert into compliance_rule (id, stage, kind, pattern, action, replacement, message, source, locale, tasks) values
('HC-11', 'OUTPUT', 'CHECK', 'soap-basis', 'FLAG', null,
 'The assessment or plan has no documented subjective or objective basis the clinician could review.',
 'FDA CDS guidance criterion 4 (catalogue HC-11)', null, '["soap-note"]'),
('HC-12-EN', 'OUTPUT', 'CHECK', 'emergency-mention', 'APPEND',
 'If this is an emergency, call 911 or your local emergency number now, or go to the nearest emergency department. If you are thinking about harming yourself, call or text 988 (US) or your local crisis line.',
 'Emergency escalation message appended.', 'Platform best practice, not a statute (catalogue HC-12)', 'en',
 '["patient-education", "visit-summary", "discharge-instructions"]'),
('HC-12-ZH', 'OUTPUT', 'CHECK', 'emergency-mention', 'APPEND',
 '如有紧急情况，请立即拨打120或前往最近的急诊科。如有自我伤害的想法，请立即联系当地心理援助热线或身边的人。',
 '已附加紧急情况提示。', 'Platform best practice, not a statute (catalogue HC-12)', 'zh', '["patient-education", "visit-summary", "discharge-instructions"]');
