-- marketing: every task of verticals.md. Prompts carry the brand's voice, banned words, required disclosures and
-- registered trademarks from the stored brand and campaign.

-- ad-copy v2: a stored campaign (campaignId) or, as before, brand, product and brief inline; an optional endorser
-- (AD-09). The answer may carry its "Ad"/"广告" marker in "disclosure" (AD-10).
update task_definition set input_schema = '{
   "type": "object",
   "additionalProperties": false,
   "required": ["channel"],
   "anyOf": [{"required": ["campaignId"]}, {"required": ["brand", "product", "brief"]}],
   "properties": {
     "campaignId": {"type": "integer", "minimum": 1},
     "brand": {"type": "string", "minLength": 1, "maxLength": 80},
     "product": {"type": "string", "minLength": 1, "maxLength": 200},
     "brief": {"type": "string", "minLength": 10, "maxLength": 1000},
     "channel": {"enum": ["search", "social", "display", "email"]},
     "audience": {"type": "string", "maxLength": 200},
     "variants": {"type": "integer", "minimum": 1, "maximum": 5},
     "substantiation": {"type": "string", "maxLength": 500},
     "endorser": {"type": "object", "additionalProperties": false, "required": ["name", "hasUsedProduct"],
                  "properties": {"name": {"type": "string", "minLength": 1, "maxLength": 80},
                                 "age": {"type": "integer", "minimum": 0, "maximum": 120},
                                 "hasUsedProduct": {"type": "boolean"}}}
   }
 }',
 output_schema = '{
   "type": "object",
   "required": ["variants"],
   "properties": {
     "disclosure": {"enum": ["广告", "Ad", "Sponsored", "#ad", "合作推广", "Paid partnership"]},
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
 }' where name = 'ad-copy';

update prompt_template set active = false where task = 'ad-copy' and version = 1;

insert into prompt_template (task, version, system_template, user_template, active, weight) values
('ad-copy', 2,
$$You are a senior copywriter for {brand.name}. Write truthful ad copy that a compliance reviewer in China, the EU and the US would approve.
{#if brand.voiceGuide}Brand voice: {brand.voiceGuide}
{/if}{#if brand.bannedWords}Never use these words: {brand.bannedWords}.
{/if}{#if brand.trademarks}Registered trademarks you may use as written: {brand.trademarks}.
{/if}{#for d in brand.requiredDisclosures}Every variant's body must contain: "{d}"
{/for}Never use absolute claims such as 最佳, 最高级, 国家级, 第一, "No.1" or "best in the world"; never promise medical effects or returns; never invent reviews or endorsements.
{#if campaign.minors}The audience includes children: never tell them to buy or to ask their parents.
{/if}Channel {input.channel}: {#if input.channel == 'search'}headline at most 30 characters, body at most 90, call to action at most 15.{#else if input.channel == 'social'}headline at most 40 characters, body at most 125, call to action at most 20.{#else}headline at most 60 characters, body at most 200, call to action at most 25.{/if}
Answer with JSON only, shaped like {|{"disclosure": "Ad", "variants": [{"headline": "...", "body": "...", "cta": "..."}]}|}; "disclosure" is "广告" for Chinese copy and "Ad" otherwise.$$,
$$Product: {campaign.product}
Audience: {#if input.audience??}{input.audience}{#else if campaign.audience}{campaign.audience}{#else}general adult audience{/if}
Brief: {campaign.brief}
Write exactly {input.variants ?: 3} variants.$$,
 true, 100);

insert into task_definition (name, description, input_schema, output_schema, model, temperature, max_tokens,
                             review_required) values
('social-post',
 'A social media post for a stored campaign, with the "Ad" marker and sponsorship disclosure where required.',
 '{
   "type": "object",
   "additionalProperties": false,
   "required": ["campaignId", "platform"],
   "properties": {
     "campaignId": {"type": "integer", "minimum": 1},
     "platform": {"enum": ["weibo", "xiaohongshu", "wechat", "douyin", "instagram", "x", "facebook", "linkedin", "tiktok"]},
     "topic": {"type": "string", "maxLength": 300},
     "hashtags": {"type": "integer", "minimum": 0, "maximum": 10},
     "substantiation": {"type": "string", "maxLength": 500},
     "endorser": {"type": "object", "additionalProperties": false, "required": ["name", "hasUsedProduct"],
                  "properties": {"name": {"type": "string", "minLength": 1, "maxLength": 80},
                                 "age": {"type": "integer", "minimum": 0, "maximum": 120},
                                 "hasUsedProduct": {"type": "boolean"}}}
   }
 }',
 null, 'default', 0.90, 500, false),
('email',
 'A marketing email for a stored campaign as JSON: subject, preheader, body and call to action.',
 '{
   "type": "object",
   "additionalProperties": false,
   "required": ["campaignId", "goal"],
   "properties": {
     "campaignId": {"type": "integer", "minimum": 1},
     "goal": {"type": "string", "minLength": 5, "maxLength": 300},
     "segment": {"type": "string", "maxLength": 200}
   }
 }',
 '{
   "type": "object",
   "required": ["subject", "preheader", "body", "cta"],
   "properties": {
     "disclosure": {"enum": ["广告", "Ad", "Sponsored", "#ad", "合作推广", "Paid partnership"]},
     "subject": {"type": "string", "minLength": 1, "maxLength": 80},
     "preheader": {"type": "string", "maxLength": 120},
     "body": {"type": "string", "minLength": 1, "maxLength": 3000},
     "cta": {"type": "string", "minLength": 1, "maxLength": 40}
   }
 }',
 'default', 0.80, 1200, false),
('slogan',
 'Slogan options for a stored campaign as JSON, each within the requested length.',
 '{
   "type": "object",
   "additionalProperties": false,
   "required": ["campaignId"],
   "properties": {
     "campaignId": {"type": "integer", "minimum": 1},
     "count": {"type": "integer", "minimum": 1, "maximum": 10},
     "maxLength": {"type": "integer", "minimum": 4, "maximum": 60}
   }
 }',
 '{
   "type": "object",
   "required": ["slogans"],
   "properties": {
     "slogans": {"type": "array", "minItems": 1, "maxItems": 10,
                 "items": {"type": "object", "required": ["text"],
                           "properties": {"text": {"type": "string", "minLength": 1, "maxLength": 60},
                                          "rationale": {"type": "string", "maxLength": 300}}}}
   }
 }',
 'default', 0.95, 600, false),
('ab-variants',
 'Variants of a stored asset for A/B tests as JSON, in the shape of ad-copy and within its channel''s limits.',
 '{
   "type": "object",
   "additionalProperties": false,
   "required": ["assetId", "count"],
   "properties": {
     "assetId": {"type": "integer", "minimum": 1},
     "count": {"type": "integer", "minimum": 1, "maximum": 5},
     "vary": {"enum": ["headline", "body", "cta", "tone"]}
   }
 }',
 '{
   "type": "object",
   "required": ["variants"],
   "properties": {
     "disclosure": {"enum": ["广告", "Ad", "Sponsored", "#ad", "合作推广", "Paid partnership"]},
     "variants": {
       "type": "array", "minItems": 1, "maxItems": 5,
       "items": {"type": "object", "required": ["headline", "body", "cta"],
                 "properties": {"headline": {"type": "string", "minLength": 1, "maxLength": 90},
                                "body": {"type": "string", "minLength": 1, "maxLength": 500},
                                "cta": {"type": "string", "minLength": 1, "maxLength": 40}}}
     }
   }
 }',
 'default', 0.90, 800, false);

insert into prompt_template (task, version, system_template, user_template, active, weight) values
('social-post', 1,
$$You write {input.platform} posts for {brand.name}.
{#if brand.voiceGuide}Brand voice: {brand.voiceGuide}
{/if}{#if brand.bannedWords}Never use these words: {brand.bannedWords}.
{/if}{#if brand.trademarks}Registered trademarks you may use as written: {brand.trademarks}.
{/if}{#for d in brand.requiredDisclosures}The post must contain: "{d}"
{/for}No absolute claims (最佳, 第一, No.1), no medical or return promises, no invented reviews.
The post is an ad: mark it "广告" in Chinese or "#Ad" otherwise.{#if campaign.sponsored} It is a paid partnership: say so clearly ("合作推广" / "Paid partnership").{/if}
{#if campaign.minors}The audience includes children: never tell them to buy or to ask their parents.
{/if}At most 120 words{#if input.hashtags??}, with {input.hashtags} hashtags{/if}.$$,
$$Campaign: {campaign.name}
Product: {campaign.product}
Brief: {campaign.brief}
{#if campaign.audience}Audience: {campaign.audience}
{/if}{#if input.topic??}Topic of this post: {input.topic}{/if}$$,
 true, 100),
('email', 1,
$$You write marketing emails for {brand.name}.
{#if brand.voiceGuide}Brand voice: {brand.voiceGuide}
{/if}{#if brand.bannedWords}Never use these words: {brand.bannedWords}.
{/if}{#for d in brand.requiredDisclosures}The body must contain: "{d}"
{/for}No absolute claims, no medical or return promises, no invented reviews. Subject at most 80 characters.
Answer with JSON only, shaped like {|{"disclosure": "Ad", "subject": "...", "preheader": "...", "body": "...", "cta": "..."}|}; "disclosure" is "广告" for Chinese copy and "Ad" otherwise.$$,
$$Campaign: {campaign.name}
Product: {campaign.product}
Brief: {campaign.brief}
Goal of this email: {input.goal}
{#if input.segment??}Segment: {input.segment}{/if}$$,
 true, 100),
('slogan', 1,
$$You write slogans for {brand.name}.
{#if brand.voiceGuide}Brand voice: {brand.voiceGuide}
{/if}{#if brand.bannedWords}Never use these words: {brand.bannedWords}.
{/if}{#if brand.trademarks}Registered trademarks you may use as written: {brand.trademarks}.
{/if}No absolute claims (最佳, 第一, No.1, best in the world). Each slogan at most {input.maxLength ?: 30} characters.
Answer with JSON only, shaped like {|{"slogans": [{"text": "...", "rationale": "..."}]}|}$$,
$$Product: {campaign.product}
Brief: {campaign.brief}
Write {input.count ?: 5} slogans.$$,
 true, 100),
('ab-variants', 1,
$$You write A/B test variants of existing ad copy for {brand.name}, for the {campaign.channel} channel.
{#if brand.voiceGuide}Brand voice: {brand.voiceGuide}
{/if}{#if brand.bannedWords}Never use these words: {brand.bannedWords}.
{/if}Keep every claim of the original; add none. No absolute claims, no medical or return promises.
Channel {campaign.channel}: {#if campaign.channel == 'search'}headline at most 30 characters, body at most 90, call to action at most 15.{#else if campaign.channel == 'social'}headline at most 40 characters, body at most 125, call to action at most 20.{#else}headline at most 60 characters, body at most 200, call to action at most 25.{/if}
Answer with JSON only, shaped like {|{"disclosure": "Ad", "variants": [{"headline": "...", "body": "...", "cta": "..."}]}|}$$,
$$Original {asset.kind}:
{asset.content}
Write exactly {input.count} variants{#if input.vary??}, varying the {input.vary}{/if}.$$,
 true, 100);
