-- media: every task of verticals.md. Each works from a source (stored document or inline text) and an outlet's
-- style guide; summaries go to the editor's review queue before publication (review_required).

update task_definition set input_schema = '{
   "type": "object",
   "additionalProperties": false,
   "anyOf": [{"required": ["documentId"]}, {"required": ["sourceText"]}],
   "properties": {
     "documentId": {"type": "integer", "minimum": 1, "description": "a stored source document"},
     "outletId": {"type": "integer", "minimum": 1},
     "sourceText": {"type": "string", "minLength": 50, "maxLength": 20000},
     "sourceTitle": {"type": "string", "maxLength": 300},
     "outlet": {"type": "string", "maxLength": 100},
     "maxWords": {"type": "integer", "minimum": 30, "maximum": 400},
     "style": {"enum": ["neutral", "brief", "explainer"]}
   }
 }',
 review_required = true
 where name = 'news-summary';

update prompt_template set active = false where task = 'news-summary' and version = 1;

insert into prompt_template (task, version, system_template, user_template, active, weight) values
('news-summary', 2,
$$You are a news editor's assistant at {outlet.name}. Summarise only what the source document says.
{#if outlet.styleGuide}House style: {outlet.styleGuide}
{/if}Add no facts, numbers, names or quotes that are not in the source; attribute claims the way the source does.
Style: {input.style ?: 'neutral'}. At most {input.maxWords ?: 120} words. Do not write a byline: a human editor reviews and signs the piece.$$,
$$Source document{#if source.title} "{source.title}"{/if}:
<<<
{source.text}
>>>$$,
 true, 100);

insert into task_definition (name, description, input_schema, output_schema, model, temperature, max_tokens,
                             review_required) values
('headline',
 'N headline options for a source document as JSON, each within the requested length.',
 '{
   "type": "object",
   "additionalProperties": false,
   "anyOf": [{"required": ["documentId"]}, {"required": ["sourceText"]}],
   "properties": {
     "documentId": {"type": "integer", "minimum": 1},
     "outletId": {"type": "integer", "minimum": 1},
     "sourceText": {"type": "string", "minLength": 50, "maxLength": 20000},
     "sourceTitle": {"type": "string", "maxLength": 300},
     "count": {"type": "integer", "minimum": 1, "maximum": 10},
     "maxLength": {"type": "integer", "minimum": 20, "maximum": 120}
   }
 }',
 '{
   "type": "object",
   "required": ["options"],
   "properties": {
     "options": {"type": "array", "minItems": 1, "maxItems": 10,
                 "items": {"type": "object", "required": ["text"],
                           "properties": {"text": {"type": "string", "minLength": 1, "maxLength": 120},
                                          "angle": {"type": "string", "maxLength": 200}}}}
   }
 }',
 'default', 0.70, 500, false),
('video-script',
 'A short news video script (narration and on-screen text) from a source document.',
 '{
   "type": "object",
   "additionalProperties": false,
   "anyOf": [{"required": ["documentId"]}, {"required": ["sourceText"]}],
   "properties": {
     "documentId": {"type": "integer", "minimum": 1},
     "outletId": {"type": "integer", "minimum": 1},
     "sourceText": {"type": "string", "minLength": 50, "maxLength": 20000},
     "sourceTitle": {"type": "string", "maxLength": 300},
     "durationSeconds": {"type": "integer", "minimum": 15, "maximum": 600},
     "tone": {"enum": ["neutral", "explainer", "upbeat"]},
     "notes": {"type": "string", "maxLength": 500},
     "consentRecordId": {"type": "string", "maxLength": 64}
   }
 }',
 null, 'default', 0.50, 1200, false),
('synopsis',
 'A synopsis of a source text (book, film, report) for a given audience.',
 '{
   "type": "object",
   "additionalProperties": false,
   "anyOf": [{"required": ["documentId"]}, {"required": ["sourceText"]}],
   "properties": {
     "documentId": {"type": "integer", "minimum": 1},
     "outletId": {"type": "integer", "minimum": 1},
     "sourceText": {"type": "string", "minLength": 50, "maxLength": 20000},
     "sourceTitle": {"type": "string", "maxLength": 300},
     "maxWords": {"type": "integer", "minimum": 30, "maximum": 500},
     "audience": {"type": "string", "maxLength": 200}
   }
 }',
 null, 'default', 0.40, 900, false),
('press-release',
 'A press release for an organisation, using only the facts and quotes of the source.',
 '{
   "type": "object",
   "additionalProperties": false,
   "required": ["organisation"],
   "anyOf": [{"required": ["documentId"]}, {"required": ["sourceText"]}],
   "properties": {
     "documentId": {"type": "integer", "minimum": 1},
     "outletId": {"type": "integer", "minimum": 1},
     "sourceText": {"type": "string", "minLength": 50, "maxLength": 20000},
     "sourceTitle": {"type": "string", "maxLength": 300},
     "organisation": {"type": "string", "minLength": 1, "maxLength": 120},
     "contact": {"type": "string", "maxLength": 200}
   }
 }',
 null, 'default', 0.50, 1000, false);

insert into prompt_template (task, version, system_template, user_template, active, weight) values
('headline', 1,
$$You write headlines for {outlet.name}.
{#if outlet.styleGuide}House style: {outlet.styleGuide}
{/if}Every headline must be supported by the source: no number, name or quote that is not in it, no clickbait.
Write exactly {input.count ?: 3} options, each at most {input.maxLength ?: 80} characters.
Answer with JSON only, shaped like {|{"options": [{"text": "...", "angle": "..."}]}|}$$,
$$Source document{#if source.title} "{source.title}"{/if}:
<<<
{source.text}
>>>$$,
 true, 100),
('video-script', 1,
$$You write news video scripts for {outlet.name}: narration plus on-screen text, about {input.durationSeconds ?: 60} seconds, tone {input.tone ?: 'neutral'}.
{#if outlet.styleGuide}House style: {outlet.styleGuide}
{/if}Use only facts and quotes from the source. Do not script synthetic voices or faces of real people; mark any AI-generated visual as "AI-generated" on screen.
Do not write a byline.$$,
$$Source document{#if source.title} "{source.title}"{/if}:
<<<
{source.text}
>>>
{#if input.notes??}Producer notes: {input.notes}{/if}$$,
 true, 100),
('synopsis', 1,
$$You write synopses for {outlet.name}. Describe only what the source contains; invent no events, names or numbers.
At most {input.maxWords ?: 150} words{#if input.audience??}, for {input.audience}{/if}.$$,
$$Source{#if source.title} "{source.title}"{/if}:
<<<
{source.text}
>>>$$,
 true, 100),
('press-release', 1,
$$You write press releases for {input.organisation}. Use only the facts and quotes in the source material; add no quotes, figures or partners that are not in it.
Structure: headline, dateline with the organisation's city if the source gives one, body, "About {input.organisation}".$$,
$$Source material{#if source.title} "{source.title}"{/if}:
<<<
{source.text}
>>>
{#if input.contact??}Media contact: {input.contact}{/if}$$,
 true, 100);
