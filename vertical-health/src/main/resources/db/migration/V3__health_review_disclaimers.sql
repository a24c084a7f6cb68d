-- health, issue 7 gaps: a JSON task's disclosure lives in its "disclaimer" field (a JSON answer cannot carry an
-- appended sentence; the core fills the field with the texts of the APPEND rules), and one clinician review task per
-- held generation.

-- soap-note: the clinician draft says it is AI-generated and must be reviewed and signed (HC-05 explicit label,
-- FDA CDS criterion 4 transparency), in the output's language.
update task_definition set output_schema = '{
   "type": "object",
   "additionalProperties": false,
   "required": ["subjective", "objective", "assessment", "plan"],
   "properties": {
     "subjective": {"type": "string", "maxLength": 6000},
     "objective": {"type": "string", "maxLength": 6000},
     "assessment": {"type": "string", "maxLength": 6000},
     "plan": {"type": "string", "maxLength": 6000},
     "disclaimer": {"type": "string", "maxLength": 2000,
                    "description": "filled by the service with the required disclosure; the model leaves it out"}
   }
 }' where name = 'soap-note';

insert into compliance_rule (id, stage, kind, replacement, action, message, source, locale, tasks) values
('HC-05-SOAP-EN', 'OUTPUT', 'ALWAYS',
 'AI-generated draft: written by artificial intelligence from a de-identified visit transcript. A licensed clinician must review, correct and sign it before it enters the record.',
 'APPEND', 'AI-generated draft disclosure added (disclaimer field).',
 'Labeling Measures Art 4, AI Act Art 50(1) (catalogue HC-05); FDA CDS criterion 4', 'en', '["soap-note"]'),
('HC-05-SOAP-ZH', 'OUTPUT', 'ALWAYS',
 'AI生成的草稿：由人工智能根据去标识化的就诊记录起草，须经执业医师审核、修改并签字后方可写入病历。',
 'APPEND', '已添加AI生成草稿声明（disclaimer 字段）。',
 'Labeling Measures Art 4, AI Act Art 50(1) (catalogue HC-05); FDA CDS criterion 4', 'zh', '["soap-note"]');

insert into compliance_rule_version (rule_id, version, snapshot, changed_by)
select id, version, to_jsonb(r) - 'updated_at', 'migration health V3' from compliance_rule r
where id in ('HC-05-SOAP-EN', 'HC-05-SOAP-ZH');

-- at most one pending clinician task per held generation (ClinicianReviewTasks creates it in the finishing transaction)
create unique index review_task_one_pending on review_task (tenant_id, request_id) where status = 'PENDING';
