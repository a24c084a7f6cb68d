-- marketing: tasks, prompt templates and rules of the marketing vertical.

insert into task_definition (name, description, input_schema, output_schema, model, temperature, max_tokens,
                             review_required) values
('ad-copy',
 'Ad copy variants (headline, body, call to action) for one channel, within the channel''s length limits.',
 '{
   "type": "object",
   "additionalProperties": false,
   "required": ["brand", "product", "brief", "channel"],
   "properties": {
     "brand": {"type": "string", "minLength": 1, "maxLength": 80},
     "product": {"type": "string", "minLength": 1, "maxLength": 200},
     "brief": {"type": "string", "minLength": 10, "maxLength": 1000},
     "channel": {"enum": ["search", "social", "display", "email"]},
     "audience": {"type": "string", "maxLength": 200},
     "variants": {"type": "integer", "minimum": 1, "maximum": 5}
   }
 }',
 '{
   "type": "object",
   "required": ["variants"],
   "properties": {
     "variants": {
       "type": "array", "minItems": 1, "maxItems": 5,
       "items": {
         "type": "object",
         "required": ["headline", "body", "cta"],
         "properties": {
           "headline": {"type": "string", "minLength": 1, "maxLength": 90},
           "body": {"type": "string", "minLength": 1, "maxLength": 500},
           "cta": {"type": "string", "minLength": 1, "maxLength": 40}
         }
       }
     }
   }
 }',
 'default', 0.90, 800, false);

insert into prompt_template (task, version, system_template, user_template, active, weight) values
('ad-copy', 1,
$$You are a senior copywriter for {input.brand}. Write truthful ad copy that a compliance reviewer in China, the EU and the US would approve.
Never use absolute claims such as 最佳, 最高级, 国家级, 第一, "No.1" or "best in the world"; never promise medical effects or returns.
Channel {input.channel}: {#if input.channel == 'search'}headline at most 30 characters, body at most 90.{#else if input.channel == 'social'}headline at most 40 characters, body at most 125.{#else}headline at most 60 characters, body at most 200.{/if}
Answer with JSON only, shaped like {|{"variants": [{"headline": "...", "body": "...", "cta": "..."}]}|}$$,
$$Product: {input.product}
Audience: {input.audience ?: 'general adult audience'}
Brief: {input.brief}
Write {input.variants ?: 3} variants.$$,
 true, 100);

-- AD-01 runs on the output only: a brief may quote a competitor's claim, the copy may not make it.
insert into compliance_rule (id, stage, kind, terms, allow_list, action, message, source) values
('AD-01', 'OUTPUT', 'TERMS',
 '["国家级", "世界级", "最高级", "最佳", "最好", "最低价", "第一品牌", "全网第一", "销量冠军", "顶级", "绝无仅有",
   "史无前例", "no.1", "top1", "best in the world", "world''s best", "number one"]',
 '["最佳饮用时间", "最佳食用期", "最佳赏味期", "最佳保存温度"]',
 'BLOCK', 'Ads must not use absolute terms such as 国家级, 最高级, 最佳 (usage tips are exempt).',
 '广告法 Art 9(3), Art 57; SAMR 广告绝对化用语执法指南 2023 (catalogue AD-01)');
