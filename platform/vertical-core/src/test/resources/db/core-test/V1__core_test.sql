-- Tasks, templates and rules of the core's test service (the games topics, a made-up rule set).
insert into task_definition (name, description, input_schema, output_schema, review_required) values
('echo', 'Repeats a line (plain text output).',
 '{"type": "object", "required": ["line"], "properties": {"line": {"type": "string", "maxLength": 500}}}', null,
 false),
('vetted', 'A line a human must approve before release.',
 '{"type": "object", "required": ["line"], "properties": {"line": {"type": "string", "maxLength": 500}}}', null,
 true),
('card', 'A JSON answer.',
 '{"type": "object", "required": ["line"], "properties": {"line": {"type": "string"}}}',
 '{"type": "object", "required": ["title"], "properties": {"title": {"type": "string"}}}', false);

insert into prompt_template (task, version, system_template, user_template, active, weight) values
('echo', 1, 'You repeat lines for task {task}.', 'Repeat: {input.line}', true, 100),
('vetted', 1, 'You write carefully.', 'Write: {input.line}', true, 100),
('card', 1, 'Answer in JSON.', 'Title for: {input.line}', true, 100);

insert into compliance_rule (id, stage, kind, terms, allow_list, action, replacement, message, source) values
('T-BLOCK', 'OUTPUT', 'TERMS', '["casino", "最佳"]', '["最佳饮用时间"]', 'BLOCK', null, 'banned term', 'test source'),
('T-REVIEW', 'OUTPUT', 'TERMS', '["miracle"]', '[]', 'REVIEW', null, 'claim needs a human', 'test source'),
('T-AMEND', 'OUTPUT', 'TERMS', '["cheap"]', '[]', 'AMEND', 'affordable', 'wording', 'test source');
