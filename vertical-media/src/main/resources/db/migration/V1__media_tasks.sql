-- media: tasks, prompt templates and rules of the media vertical.

insert into task_definition (name, description, input_schema, output_schema, model, temperature, max_tokens,
                             review_required) values
('news-summary',
 'A summary of a source document that adds no facts and no quotes that are not in the source.',
 '{
   "type": "object",
   "additionalProperties": false,
   "required": ["sourceText"],
   "properties": {
     "sourceText": {"type": "string", "minLength": 50, "maxLength": 20000},
     "sourceTitle": {"type": "string", "maxLength": 300},
     "outlet": {"type": "string", "maxLength": 100},
     "maxWords": {"type": "integer", "minimum": 30, "maximum": 400},
     "style": {"enum": ["neutral", "brief", "explainer"]}
   }
 }',
 null, 'default', 0.20, 700, false);

insert into prompt_template (task, version, system_template, user_template, active, weight) values
('news-summary', 1,
$$You are a news editor's assistant at {input.outlet ?: 'a newsroom'}. Summarise only what the source document says.
Add no facts, numbers, names or quotes that are not in the source; attribute claims the way the source does.
Style: {input.style ?: 'neutral'}. At most {input.maxWords ?: 120} words. Do not write a byline.$$,
$$Source document{#if input.sourceTitle??} "{input.sourceTitle}"{/if}:
<<<
{input.sourceText}
>>>$$,
 true, 100);

-- MD-04: the label must survive; a request to drop it, or to pass the text off as human-written, is refused.
insert into compliance_rule (id, stage, kind, terms, action, message, source) values
('MD-04', 'INPUT', 'TERMS',
 '["remove the ai label", "remove ai label", "without the ai label", "without ai label", "strip the ai label",
   "strip the metadata", "remove the aigc metadata", "mark it as human-written", "say it was written by a human",
   "去掉ai标识", "删除ai标识", "去除ai标识", "不要ai标识", "不要标注ai", "标注为人工撰写"]',
 'BLOCK', 'AI-content labels must not be removed, hidden or replaced by a false human-authorship claim.',
 '人工智能生成合成内容标识办法 Art 10; 深度合成规定 Art 18 (catalogue MD-04)');
