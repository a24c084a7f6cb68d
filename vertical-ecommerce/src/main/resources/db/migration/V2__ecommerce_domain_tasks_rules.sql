-- ecommerce, part 2 (issue 7): price history (append-only), listings per channel, reviews, every task of
-- verticals.md and the machine-checkable EC rules.

alter table product add column brand varchar(64);
alter table product add column registration varchar(16);
alter table product add column allowed_claims jsonb not null default '[]';
alter table product add column stock int check (stock >= 0);

create table price_history (
    id           bigserial primary key,
    tenant_id    varchar(64) not null,
    sku          varchar(64) not null,
    market       varchar(8) not null check (market in ('EU', 'CN', 'US', 'UK')),
    price        numeric(14, 2) not null check (price > 0),
    currency     varchar(3) not null,
    effective_at timestamptz not null,
    recorded_at  timestamptz not null default now()
);
create index price_history_lookup on price_history (tenant_id, sku, market, effective_at);

-- Append-only: price claims are judged against this record, so it must not be rewritten after the fact.
create function price_history_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'price_history is append-only';
end;
$$;
create trigger price_history_no_update before update or delete on price_history
    for each row execute function price_history_append_only();

create table listing (
    id          bigserial primary key,
    tenant_id   varchar(64) not null,
    sku         varchar(64) not null,
    channel     varchar(16) not null check (channel in ('amazon', 'taobao', 'shopify')),
    title       varchar(500) not null,
    bullets     jsonb not null default '[]',
    description text check (length(description) <= 10000),
    keywords    jsonb not null default '[]',
    updated_at  timestamptz not null default now(),
    unique (tenant_id, sku, channel)
);

create table review (
    id          bigserial primary key,
    tenant_id   varchar(64) not null,
    sku         varchar(64) not null,
    rating      int not null check (rating between 1 and 5),
    title       varchar(200),
    body        varchar(5000) not null,
    reviewed_at timestamptz not null default now()
);
create index review_product on review (tenant_id, sku, reviewed_at);

-- product-listing becomes a JSON task for a market (whose price-claim rules apply); template v2 replaces v1.
update task_definition set
  input_schema = '{
   "type": "object",
   "additionalProperties": false,
   "required": ["sku", "channel", "market"],
   "properties": {
     "sku": {"type": "string", "minLength": 1, "maxLength": 64, "pattern": "^[A-Za-z0-9._-]+$"},
     "channel": {"enum": ["amazon", "taobao", "shopify"]},
     "market": {"enum": ["EU", "CN", "US", "UK"]},
     "keywords": {"type": "array", "maxItems": 10, "items": {"type": "string", "maxLength": 40}}
   }
 }',
  output_schema = '{
   "type": "object",
   "additionalProperties": false,
   "required": ["title", "bullets", "description"],
   "properties": {
     "title": {"type": "string", "minLength": 1, "maxLength": 500},
     "bullets": {"type": "array", "minItems": 5, "maxItems": 5, "items": {"type": "string", "maxLength": 500}},
     "description": {"type": "string", "maxLength": 4000},
     "keywords": {"type": "array", "maxItems": 20, "items": {"type": "string", "maxLength": 60}}
   }
 }'
  where name = 'product-listing';
update prompt_template set active = false where task = 'product-listing' and version = 1;

insert into task_definition (name, description, input_schema, output_schema, model, temperature, max_tokens,
                             review_required) values
('seo-keywords',
 'Search keywords for a product on a channel, from its stored attributes only (JSON).',
 '{
   "type": "object",
   "additionalProperties": false,
   "required": ["sku", "channel"],
   "properties": {
     "sku": {"type": "string", "minLength": 1, "maxLength": 64, "pattern": "^[A-Za-z0-9._-]+$"},
     "channel": {"enum": ["amazon", "taobao", "shopify"]},
     "market": {"enum": ["EU", "CN", "US", "UK"]},
     "count": {"type": "integer", "minimum": 5, "maximum": 30}
   }
 }',
 '{
   "type": "object",
   "additionalProperties": false,
   "required": ["keywords"],
   "properties": {
     "keywords": {"type": "array", "minItems": 1, "maxItems": 30, "items": {"type": "string", "maxLength": 60}},
     "longTail": {"type": "array", "maxItems": 20, "items": {"type": "string", "maxLength": 120}}
   }
 }',
 'default', 0.40, 500, false),
('review-summary',
 'Pros and cons of a product from its stored customer reviews, with their count and average rating (JSON).',
 '{
   "type": "object",
   "additionalProperties": false,
   "required": ["sku"],
   "properties": {
     "sku": {"type": "string", "minLength": 1, "maxLength": 64, "pattern": "^[A-Za-z0-9._-]+$"},
     "language": {"enum": ["en", "zh"]}
   }
 }',
 '{
   "type": "object",
   "additionalProperties": false,
   "required": ["summary", "pros", "cons", "reviewCount"],
   "properties": {
     "summary": {"type": "string", "maxLength": 1500},
     "pros": {"type": "array", "maxItems": 10, "items": {"type": "string", "maxLength": 200}},
     "cons": {"type": "array", "maxItems": 10, "items": {"type": "string", "maxLength": 200}},
     "reviewCount": {"type": "integer", "minimum": 0},
     "averageRating": {"type": "number", "minimum": 0, "maximum": 5}
   }
 }',
 'default', 0.20, 700, false),
('customer-reply',
 'A reply to a customer message, on the platform, consistent with the product facts.',
 '{
   "type": "object",
   "additionalProperties": false,
   "required": ["message"],
   "properties": {
     "message": {"type": "string", "minLength": 2, "maxLength": 3000},
     "sku": {"type": "string", "minLength": 1, "maxLength": 64, "pattern": "^[A-Za-z0-9._-]+$"},
     "market": {"enum": ["EU", "CN", "US", "UK"]},
     "tone": {"enum": ["friendly", "formal", "apologetic"]},
     "orderStatus": {"type": "string", "maxLength": 200}
   }
 }',
 null, 'default', 0.40, 500, false),
('promo-copy',
 'Promotion copy for a product in a market: discounts and deadlines only as the price history, stock and end time allow.',
 '{
   "type": "object",
   "additionalProperties": false,
   "required": ["sku", "market"],
   "properties": {
     "sku": {"type": "string", "minLength": 1, "maxLength": 64, "pattern": "^[A-Za-z0-9._-]+$"},
     "market": {"enum": ["EU", "CN", "US", "UK"]},
     "channel": {"enum": ["amazon", "taobao", "shopify", "email", "social"]},
     "endsAt": {"type": "string", "format": "date-time", "maxLength": 40},
     "stockLeft": {"type": "integer", "minimum": 0},
     "occasion": {"type": "string", "maxLength": 100}
   }
 }',
 null, 'default', 0.60, 500, false);

insert into prompt_template (task, version, system_template, user_template, active, weight) values
('product-listing', 2,
$$You write {input.channel} product listings for the {input.market} market. Use only the facts given about the product: invent no specifications, quantities, certifications, awards or reviews, and give every quantity exactly as the attributes state it.
{#if input.channel == 'amazon'}Title at most 200 characters, no promotional phrases such as "best seller" or "free shipping", none of the characters ! $ ? _ and no words in capitals except the brand.{#else if input.channel == 'taobao'}标题不超过60个字节（30个汉字），不得使用绝对化用语和促销用语。{#else}Title at most 70 characters.{/if}
{#if pricing??}The current price is {pricing.current}; if you mention a reduction, the former price is {pricing.reference} (lowest of the {pricing.days} days before) and the reduction {pricing.reductionPct}%.{#else}Do not mention any former price, discount or sale.{/if}
Answer with one JSON object with the fields title, bullets (exactly five strings), description and keywords (strings).$$,
$$Product {product.sku}: {product.title}
Brand: {product.brand}
Category: {product.category}
Attributes:
{#for attribute in product.attributes}- {attribute.key}: {attribute.value}
{/for}{#if input.keywords??}Keywords to work in naturally: {#each input.keywords}{it}{#if it_hasNext}, {/if}{/each}{/if}$$,
 true, 100),
('seo-keywords', 1,
$$You choose search keywords for a {input.channel} product page. Use only words that describe the product's stated attributes; no competitor brands, no claims the attributes do not support. Answer with one JSON object with the fields keywords ({input.count ?: 15} strings) and longTail (longer search phrases).$$,
$$Product: {product.title}
Category: {product.category}
Attributes:
{#for attribute in product.attributes}- {attribute.key}: {attribute.value}
{/for}$$,
 true, 100),
('review-summary', 1,
$$You summarise customer reviews for shoppers{#if input.language??} in {input.language}{/if}. Use only the reviews given: invent no review, quote, rating or count. Answer with one JSON object with the fields summary, pros, cons, reviewCount (the number of reviews given: {reviewCount}) and averageRating (their mean rating).$$,
$$Product: {product.title}
Reviews ({reviewCount}):
{#for r in reviews}- {r.rating}/5 {r.title}: {r.body}
{/for}$$,
 true, 100),
('customer-reply', 1,
$$You answer customer messages for an online shop in a {input.tone ?: 'friendly'} tone, in the customer's language. Keep the conversation on the platform: give no phone numbers, e-mail addresses, links or other payment routes, and do not ask for reviews or ratings. State only facts given below.$$,
$$Customer message:
<<<
{input.message}
>>>
{#if input.orderStatus??}Order status: {input.orderStatus}
{/if}{#if product??}Product: {product.title}
{#for attribute in product.attributes}- {attribute.key}: {attribute.value}
{/for}{/if}$$,
 true, 100),
('promo-copy', 1,
$$You write promotion copy for the {input.market} market{#if input.channel??} on {input.channel}{/if}.
{#if pricing??}Current price {pricing.current}. A reduction may only be stated against {pricing.reference} (the lowest price of the {pricing.days} days before); the real reduction is {pricing.reductionPct}%.{#else}There is no price history: state no former price, percentage or sale.{/if}
{#if input.stockLeft??}Units left: {input.stockLeft}.{#else}State no stock level.{/if} {#if input.endsAt??}The offer ends at {input.endsAt}.{#else}State no deadline or countdown.{/if}
Invent no product facts and no reviews.$$,
$$Product: {product.title}
{#for attribute in product.attributes}- {attribute.key}: {attribute.value}
{/for}{#if input.occasion??}Occasion: {input.occasion}{/if}$$,
 true, 100);

-- EC rules. Tasks that publish product copy: product-listing, promo-copy (and customer-reply where noted).
insert into compliance_rule (id, stage, kind, pattern, action, replacement, message, source, tasks) values
('EC-01', 'OUTPUT', 'CHECK', 'price-claims-eu', 'BLOCK', null,
 'EU price reduction: the former price must be the lowest price of the 30 days before the reduction, and the percentage computed on it; no reduction without price history.',
 'Price Indication Directive 98/6/EC Art 6a (Omnibus Directive (EU) 2019/2161) (catalogue EC-01)',
 '["product-listing", "promo-copy", "customer-reply"]'),
('EC-02', 'OUTPUT', 'CHECK', 'price-claims-cn', 'BLOCK', null,
 '原价/划线价不得高于促销前7日内最低交易价格（7日内无交易的，不得高于最后一次交易价格）。',
 '明码标价和禁止价格欺诈规定 (SAMR Order 56) Art 16-17, 19 (catalogue EC-02)',
 '["product-listing", "promo-copy", "customer-reply"]'),
('EC-04', 'OUTPUT', 'CHECK', 'urgency-claims', 'BLOCK', null,
 'Scarcity and urgency claims must match the real stock and a real end time.',
 'UCPD Annex I No. 7; 明码标价和禁止价格欺诈规定 Art 19 (catalogue EC-04)',
 '["product-listing", "promo-copy", "customer-reply"]'),
('EC-05-SPECIAL', 'OUTPUT', 'CHECK', 'cosmetics-special-efficacy', 'BLOCK', null,
 'Whitening, freckle-removal, sunscreen, anti-hair-loss and hair-dye claims need a special-cosmetics registration (特).',
 '化妆品监督管理条例 Art 16 (catalogue EC-05)', null),
('EC-06', 'OUTPUT', 'CHECK', 'health-food-claims', 'BLOCK', null,
 '保健食品只能宣称该产品注册的保健功能，不得涉及疾病预防、治疗功能。',
 '2023 保健食品功能目录; 广告法 Art 18 (catalogue EC-06)', null),
('EC-06-WARN', 'OUTPUT', 'CHECK', 'health-food-warning', 'APPEND', '保健食品不是药物，不能代替药物治疗疾病。',
 '已附加保健食品警示用语。', '保健食品标注警示用语指南 (2020) (catalogue EC-06)', null),
('EC-07', 'OUTPUT', 'CHECK', 'food-health-claims', 'BLOCK', null,
 'Ordinary food may not claim disease prevention or treatment or a health function.',
 '食品安全法 Arts 71/73; 广告法 Art 17 (catalogue EC-07)', null),
('EC-08', 'OUTPUT', 'CHECK', 'supplement-disease-claims', 'BLOCK', null,
 'A dietary supplement may not claim to diagnose, treat, cure or prevent a disease.',
 '21 CFR 101.93(g) (catalogue EC-08)', null),
('EC-08-DSHEA', 'OUTPUT', 'CHECK', 'supplement-structure-function', 'APPEND',
 'These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or prevent any disease.',
 'DSHEA disclaimer appended to a structure/function claim.', '21 CFR 101.93(c) (catalogue EC-08)', null),
('EC-09-LENGTH', 'OUTPUT', 'CHECK', 'channel-title-length', 'BLOCK', null,
 'The title is longer than the channel allows (Amazon 200 characters, Taobao 60 bytes, Shopify 70 characters).',
 'Amazon product title requirements; Taobao title rule (catalogue EC-09)', '["product-listing"]'),
('EC-09-CHARS', 'OUTPUT', 'CHECK', 'channel-title-characters', 'AMEND', '',
 'Characters Amazon forbids in titles (! $ ? _ ^ ¬ ¦) removed.', 'Amazon product title requirements (catalogue EC-09)',
 '["product-listing"]'),
('EC-09-PROMO', 'OUTPUT', 'CHECK', 'channel-title-promotional', 'AMEND', '',
 'Promotional phrases removed from the title.', 'Amazon product title requirements (catalogue EC-09)',
 '["product-listing"]'),
('EC-09-FORMAT', 'OUTPUT', 'CHECK', 'channel-title-format', 'BLOCK', null,
 'Titles carry no prices, no braces and (Amazon) no words in capitals other than the brand.',
 'Amazon product title requirements (catalogue EC-09)', '["product-listing"]'),
('EC-ATTR', 'OUTPUT', 'CHECK', 'attributes-match', 'BLOCK', null,
 'A quantity in the copy contradicts or is missing from the product''s stored attributes (invented spec).',
 '电子商务法 Art 17 (true, accurate information); UCPD Art 6(1)(b)',
 '["product-listing", "seo-keywords", "promo-copy", "customer-reply"]'),
('EC-03-SUMMARY', 'OUTPUT', 'CHECK', 'review-summary-facts', 'BLOCK', null,
 'The summary''s review count or average rating differs from the stored reviews (fabricated reviews).',
 '电子商务法 Art 17; 16 CFR 465 (catalogue EC-03)', '["review-summary"]');

insert into compliance_rule (id, stage, kind, terms, allow_list, action, message, source, locale, tasks) values
('EC-03', 'INPUT', 'TERMS',
 '["fake review", "fake reviews", "write reviews as customers", "invent reviews", "made-up reviews", "刷单", "刷好评",
   "虚构评价", "编造评价", "生成好评", "假评论", "买家秀"]', '[]',
 'BLOCK', 'The service does not fabricate reviews, sales counts or buyer shows.',
 '电子商务法 Art 17; 16 CFR 465; UCPD Annex I 23c (catalogue EC-03)', null, null),
('EC-12', 'OUTPUT', 'TERMS',
 '["最佳", "最好", "最低价", "最高级", "全网最低", "第一品牌", "顶级", "极品", "国家级", "绝无仅有", "史无前例", "万能",
   "NO.1", "TOP1", "100%纯天然"]',
 '["最佳饮用时间", "最佳赏味期", "最佳食用期", "最好在", "最好不要"]',
 'BLOCK', '商品标题和详情不得使用绝对化用语（最佳、第一、顶级等）。',
 '广告法 Art 9(3); SAMR 2023 绝对化用语执法指南 (catalogue EC-12, shared with AD-01)', 'zh',
 '["product-listing", "promo-copy", "seo-keywords"]');

insert into compliance_rule (id, stage, kind, pattern, replacement, action, message, source, tasks) values
('EC-10', 'OUTPUT', 'REGEX',
 $$(?<![\w.])(?:\+\d{1,3}[\s-]?)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b|(?<!\d)1[3-9]\d{9}(?!\d)|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}|\b(?:https?://|www\.)[^\s'<>]+|\b(?:whatsapp|wechat|telegram|paypal\.me)\b|加微信|加V|微信号|QQ号?\s*\d+|(?:leave|write|give) us an? (?:5-star |five-star |positive )?review|好评返现|晒图返现$$,
 '', 'AMEND', 'Contact details, off-platform routes and review requests removed from the copy.',
 'Amazon listing and communication policies (catalogue EC-10)', '["product-listing", "customer-reply", "promo-copy"]'),
('EC-03-OUT', 'OUTPUT', 'REGEX',
 $$已售\s*\d+\s*万?\+?|月销\s*\d+|\b\d[\d,]*\+?\s+(?:sold|units sold|happy customers)\b$$,
 null, 'BLOCK', 'Sales counts are not stated without data.', '电子商务法 Art 17 (catalogue EC-03)',
 '["product-listing", "promo-copy"]');
