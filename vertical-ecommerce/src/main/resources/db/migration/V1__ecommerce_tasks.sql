-- ecommerce: the product catalogue, tasks, prompt templates and rules of the e-commerce vertical.

create table product (
    id         bigserial primary key,
    tenant_id  varchar(64) not null,
    sku        varchar(64) not null,
    title      varchar(300) not null,
    category   varchar(64) not null,
    attributes jsonb not null default '{}',
    unique (tenant_id, sku)
);

insert into task_definition (name, description, input_schema, output_schema, model, temperature, max_tokens,
                             review_required) values
('product-listing',
 'A channel listing (title, five bullets, description) consistent with the stored product''s attributes.',
 '{
   "type": "object",
   "additionalProperties": false,
   "required": ["sku", "channel"],
   "properties": {
     "sku": {"type": "string", "minLength": 1, "maxLength": 64, "pattern": "^[A-Za-z0-9._-]+$"},
     "channel": {"enum": ["amazon", "taobao", "shopify"]},
     "keywords": {"type": "array", "maxItems": 10, "items": {"type": "string", "maxLength": 40}}
   }
 }',
 null, 'default', 0.50, 900, false);

insert into prompt_template (task, version, system_template, user_template, active, weight) values
('product-listing', 1,
$$You write {input.channel} product listings. Use only the facts given about the product: invent no specifications, certifications, awards or reviews.
{#if input.channel == 'amazon'}Title at most 200 characters, no promotional phrases such as "best seller" or "free shipping".{#else if input.channel == 'taobao'}标题不超过60个汉字，不得使用绝对化用语。{#else}Title at most 70 characters.{/if}
Write a title, five bullet points and a short description.$$,
$$Product {product.sku}: {product.title}
Category: {product.category}
Attributes:
{#for attribute in product.attributes}- {attribute.key}: {attribute.value}
{/for}{#if input.keywords??}Keywords to work in naturally: {#each input.keywords}{it}{#if it_hasNext}, {/if}{/each}{/if}$$,
 true, 100);

-- EC-05 is category-specific, so a named check decides when the term list applies (cosmetics only).
insert into compliance_rule (id, stage, kind, pattern, action, message, source) values
('EC-05', 'OUTPUT', 'CHECK', 'cosmetics-medical-claims', 'BLOCK',
 'Cosmetics copy must not make medical claims (消炎, 杀菌, 治疗湿疹/痤疮, 药妆, treats acne, ...).',
 '化妆品监督管理条例 Art 16, 37 (catalogue EC-05)');
