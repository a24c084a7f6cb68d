-- health: tasks, prompt templates and rules of the health vertical.

-- soap-note is clinician-facing (a draft the clinician edits), so it completes without the review queue;
-- patient-facing tasks will set review_required.
insert into task_definition (name, description, input_schema, output_schema, model, temperature, max_tokens,
                             review_required) values
('soap-note',
 'A structured SOAP draft (Subjective, Objective, Assessment, Plan) of a de-identified visit transcript, for the clinician.',
 '{
   "type": "object",
   "additionalProperties": false,
   "required": ["transcript"],
   "properties": {
     "transcript": {"type": "string", "minLength": 20, "maxLength": 20000,
                    "description": "de-identified visit transcript"},
     "specialty": {"type": "string", "maxLength": 60},
     "visitType": {"enum": ["new", "follow-up", "telehealth"]}
   }
 }',
 null, 'default', 0.20, 1200, false);

insert into prompt_template (task, version, system_template, user_template, active, weight) values
('soap-note', 1,
$$You draft clinical documentation for a licensed clinician{#if input.specialty??} in {input.specialty}{/if}.
Write a SOAP note with the headings Subjective, Objective, Assessment and Plan, using only what the transcript states.
Mark anything the transcript leaves open as "not documented". Do not invent findings, doses or diagnoses.$$,
$$Visit type: {input.visitType ?: 'not stated'}
Transcript:
<<<
{input.transcript}
>>>$$,
 true, 100);

-- HC-01: identifiers must not reach a model. This walking-skeleton rule covers US SSNs; the later PII detectors
-- cover the other Safe Harbor identifiers.
insert into compliance_rule (id, stage, kind, pattern, action, message, source, sensitive) values
('HC-01', 'INPUT', 'REGEX', '\b\d{3}-\d{2}-\d{4}\b', 'BLOCK',
 'The transcript contains a Social Security number; de-identify it before generation.',
 'HIPAA Safe Harbor 45 CFR 164.514(b)(2) (catalogue HC-01)', true);

-- HC-04: AI-generated clinical text carries a disclaimer and the way to a human, in the output's language.
insert into compliance_rule (id, stage, kind, replacement, action, message, source, locale) values
('HC-04-EN', 'OUTPUT', 'ALWAYS',
 'Disclaimer: drafted by AI from the visit transcript. A licensed clinician must review and sign this note; for questions contact your care team.',
 'APPEND', 'AI disclaimer and human contact appended.', 'Cal. H&S Code 1339.75 (AB 3030) (catalogue HC-04)', 'en'),
('HC-04-ZH', 'OUTPUT', 'ALWAYS',
 '免责声明：本记录由人工智能根据就诊记录起草，须经执业医师审核签字；如有疑问请联系您的医疗团队。',
 'APPEND', '已附加人工智能免责声明及人工联系方式。', 'Cal. H&S Code 1339.75 (AB 3030) (catalogue HC-04)', 'zh');
