-- finance: tasks, prompt templates and rules of the finance vertical.

insert into task_definition (name, description, input_schema, output_schema, model, temperature, max_tokens,
                             review_required) values
('market-commentary',
 'Market commentary on a topic from the supplied market data, with no promises and no predictions, plus the risk disclosure.',
 '{
   "type": "object",
   "additionalProperties": false,
   "required": ["topic", "marketData"],
   "properties": {
     "topic": {"type": "string", "minLength": 3, "maxLength": 200},
     "marketData": {"type": "string", "minLength": 10, "maxLength": 4000,
                    "description": "the figures the commentary may quote"},
     "audience": {"enum": ["retail", "professional"]},
     "horizon": {"enum": ["day", "week", "month"]}
   }
 }',
 null, 'default', 0.30, 600, false);

insert into prompt_template (task, version, system_template, user_template, active, weight) values
('market-commentary', 1,
$$You write {input.horizon ?: 'week'}ly market commentary for a {input.audience ?: 'retail'} audience.
Quote figures only from the market data given. Never promise or guarantee returns, never predict prices, and never tell the reader to buy or sell a named security.$$,
$$Topic: {input.topic}
Market data:
<<<
{input.marketData}
>>>$$,
 true, 100);

-- FN-01: promissory language is refused outright.
insert into compliance_rule (id, stage, kind, terms, action, message, source) values
('FN-01', 'OUTPUT', 'TERMS',
 '["guaranteed return", "guaranteed returns", "risk-free", "can''t lose", "cannot lose", "sure thing", "will double",
   "保本", "保息", "保收益", "稳赚", "稳赚不赔", "零风险", "无风险", "刚兑", "亏损赔付"]',
 'BLOCK', 'Financial copy must not promise or guarantee returns.',
 'FINRA 2210(d)(1)(B); 广告法 Art 25; 资管新规 (catalogue FN-01)');

-- FN-03: commentary always carries the risk disclosure, in the output's language.
insert into compliance_rule (id, stage, kind, replacement, action, message, source, locale) values
('FN-03-EN', 'OUTPUT', 'ALWAYS',
 'Investing involves risk, including possible loss of principal. Past performance does not guarantee future results.',
 'APPEND', 'Risk disclosure appended.', 'FINRA 2210(d)(1); 广告法 Art 25 (catalogue FN-03)', 'en'),
('FN-03-ZH', 'OUTPUT', 'ALWAYS', '市场有风险，投资需谨慎。',
 'APPEND', '已附加风险提示。', '广告法 Art 25; 基金宣传推介规定 (catalogue FN-03)', 'zh');
