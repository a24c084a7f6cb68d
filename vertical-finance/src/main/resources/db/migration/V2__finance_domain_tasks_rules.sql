-- finance, part 2 (issue 7): the domain tables, every task of verticals.md and the machine-checkable FN rules.

create table financial_product (
    id                 bigserial primary key,
    tenant_id          varchar(64) not null,
    code               varchar(64) not null,
    name               varchar(200) not null,
    type               varchar(32) not null,
    risk_level         varchar(2) not null check (risk_level in ('R1', 'R2', 'R3', 'R4', 'R5')),
    management_fee_pct numeric(7, 4) not null,
    entry_fee_pct      numeric(7, 4) not null,
    performance        jsonb not null default '[]',
    unique (tenant_id, code)
);

create table client_profile (
    id             bigserial primary key,
    tenant_id      varchar(64) not null,
    client_ref     varchar(64) not null,
    risk_tolerance varchar(2) not null check (risk_tolerance in ('R1', 'R2', 'R3', 'R4', 'R5')),
    horizon        varchar(16),
    locale         varchar(16),
    unique (tenant_id, client_ref)
);

create table research_document (
    id           bigserial primary key,
    tenant_id    varchar(64) not null,
    title        varchar(300) not null,
    kind         varchar(16) not null,
    issuer       varchar(120),
    published_on date,
    text         text not null check (length(text) <= 100000)
);
create index research_document_tenant on research_document (tenant_id, id);

-- client-letter always goes to the review queue (a compliance officer reads every client letter).
insert into task_definition (name, description, input_schema, output_schema, model, temperature, max_tokens,
                             review_required) values
('product-description',
 'A description of a stored financial product (type, risk level, fees, performance history) with the required risk disclosure.',
 '{
   "type": "object",
   "additionalProperties": false,
   "required": ["productCode"],
   "properties": {
     "productCode": {"type": "string", "minLength": 1, "maxLength": 64, "pattern": "^[A-Za-z0-9._-]+$"},
     "clientRef": {"type": "string", "minLength": 1, "maxLength": 64, "pattern": "^[A-Za-z0-9._-]+$"},
     "audience": {"enum": ["retail", "professional", "qualified"]},
     "channel": {"enum": ["web", "brochure", "app"]}
   }
 }',
 null, 'default', 0.30, 700, false),
('earnings-summary',
 'A summary of an earnings release or filing that quotes figures from the source only.',
 '{
   "type": "object",
   "additionalProperties": false,
   "anyOf": [{"required": ["documentId"]}, {"required": ["text"]}],
   "properties": {
     "documentId": {"type": "integer", "minimum": 1},
     "text": {"type": "string", "minLength": 50, "maxLength": 60000},
     "issuer": {"type": "string", "maxLength": 120},
     "length": {"enum": ["short", "standard"]}
   }
 }',
 null, 'default', 0.10, 800, false),
('client-letter',
 'A letter to one client about their portfolio or a product, written for their risk tolerance; always reviewed.',
 '{
   "type": "object",
   "additionalProperties": false,
   "required": ["clientRef", "purpose", "points"],
   "properties": {
     "clientRef": {"type": "string", "minLength": 1, "maxLength": 64, "pattern": "^[A-Za-z0-9._-]+$"},
     "productCode": {"type": "string", "minLength": 1, "maxLength": 64, "pattern": "^[A-Za-z0-9._-]+$"},
     "purpose": {"enum": ["portfolio-update", "product-information", "market-update", "meeting-follow-up"]},
     "points": {"type": "string", "minLength": 10, "maxLength": 3000}
   }
 }',
 null, 'default', 0.40, 900, true),
('news-sentiment',
 'Sentiment of a news item or document towards an entity: positive, negative or neutral, with reasons (JSON).',
 '{
   "type": "object",
   "additionalProperties": false,
   "anyOf": [{"required": ["documentId"]}, {"required": ["text"]}],
   "properties": {
     "documentId": {"type": "integer", "minimum": 1},
     "headline": {"type": "string", "maxLength": 300},
     "text": {"type": "string", "minLength": 20, "maxLength": 20000},
     "entity": {"type": "string", "maxLength": 120}
   }
 }',
 '{
   "type": "object",
   "additionalProperties": false,
   "required": ["sentiment", "confidence", "reasons"],
   "properties": {
     "sentiment": {"enum": ["positive", "negative", "neutral"]},
     "confidence": {"type": "number", "minimum": 0, "maximum": 1},
     "reasons": {"type": "array", "minItems": 1, "maxItems": 5, "items": {"type": "string", "maxLength": 300}},
     "entity": {"type": "string", "maxLength": 120}
   }
 }',
 'default', 0.00, 400, false);

insert into prompt_template (task, version, system_template, user_template, active, weight) values
('product-description', 1,
$$You describe financial products for a {input.audience ?: 'retail'} audience, in the language of locale {locale}.
Use only the facts given. State the product type, its risk level ({product.riskLevel} on a scale R1 lowest to R5 highest) and every fee. When you mention past performance, show every year given, including losing years, and say that past performance does not predict future results. Never promise or guarantee returns, never predict performance, never call the product safe or risk-free.$$,
$$Product {product.code}: {product.name}
Type: {product.type}
Risk level: {product.riskLevel}
Management fee: {product.managementFeePct}% a year; entry fee: {product.entryFeePct}%
Yearly net returns:
{#for row in product.performance}- {row.year}: {row.returnPct}%
{/for}{#if client??}The reader is a client with risk tolerance {client.riskTolerance} and a {client.horizon} horizon.{/if}$$,
 true, 100),
('earnings-summary', 1,
$$You summarise earnings releases and filings for investors, in the language of locale {locale}.
Quote every figure exactly as the source writes it and compute no new figures (no growth rates, no totals of your own). Add no forecasts and no opinions on whether to buy or sell.$$,
$$Issuer: {#if document??}{document.issuer}{#else}{input.issuer ?: 'not stated'}{/if}
Length: {input.length ?: 'standard'}
Source:
<<<
{#if document??}{document.text}{#else}{input.text}{/if}
>>>$$,
 true, 100),
('client-letter', 1,
$$You draft letters from a financial adviser to one client, in the language of locale {locale}. A compliance officer reviews every letter before it is sent.
The client's risk tolerance is {client.riskTolerance} (R1 lowest to R5 highest), horizon {client.horizon}.{#if product??} The letter concerns {product.name}, risk level {product.riskLevel}, management fee {product.managementFeePct}% a year.{/if}
Never promise or guarantee returns and never predict performance. If the product's risk level is above the client's tolerance, say so plainly and do not recommend it.$$,
$$Purpose: {input.purpose}
Points to cover:
<<<
{input.points}
>>>$$,
 true, 100),
('news-sentiment', 1,
$$You rate the sentiment of financial news towards an entity. Answer with one JSON object with the fields sentiment (positive, negative or neutral), confidence (a number from 0 to 1), reasons (one to five short strings quoting or paraphrasing the text) and entity. Judge only what the text says; predict nothing.$$,
$$Entity: {input.entity ?: 'the main company in the text'}
{#if input.headline??}Headline: {input.headline}
{/if}Text:
<<<
{#if document??}{document.text}{#else}{input.text}{/if}
>>>$$,
 true, 100);

-- FN-01: the published-style exceptions are negations and the economic term "risk-free rate" (无风险利率).
update compliance_rule set
  terms = '["guaranteed return", "guaranteed returns", "guaranteed profit", "guaranteed income", "risk-free",
            "no risk", "can''t lose", "cannot lose", "sure thing", "will double", "principal guaranteed",
            "保本", "保息", "保收益", "保证收益", "稳赚", "稳赚不赔", "包赚", "零风险", "无风险", "刚兑", "刚性兑付", "亏损赔付"]',
  allow_list = '["not risk-free", "no risk-free", "no investment is risk-free", "is not guaranteed", "are not guaranteed",
                 "risk-free rate", "risk-free interest rate", "不保本", "非保本", "不保证收益", "不承诺保本", "无风险利率",
                 "打破刚兑", "打破刚性兑付"]'
  where id = 'FN-01';

-- FN-03: the disclosure goes in the language the output is written in (not the requested locale), with the bank
-- wealth-product wording for bank-wmp products; text tasks only (a JSON answer cannot carry an appended sentence).
update compliance_rule set enabled = false where id in ('FN-03-EN', 'FN-03-ZH');
insert into compliance_rule (id, stage, kind, pattern, replacement, action, message, source, tasks) values
('FN-03-LANG-EN', 'OUTPUT', 'CHECK', 'risk-disclosure-en',
 'Investing involves risk, including possible loss of principal. Past performance does not guarantee future results.',
 'APPEND', 'Risk disclosure appended (English output).', 'FINRA 2210(d)(1) fair balance (catalogue FN-03)',
 '["market-commentary", "product-description", "earnings-summary", "client-letter"]'),
('FN-03-LANG-ZH', 'OUTPUT', 'CHECK', 'risk-disclosure-zh', '市场有风险，投资需谨慎。',
 'APPEND', '已附加风险提示（中文输出）。', '广告法 Art 25; 基金宣传推介材料管理暂行规定 (catalogue FN-03)',
 '["market-commentary", "product-description", "earnings-summary", "client-letter"]'),
('FN-03-WMP', 'OUTPUT', 'CHECK', 'risk-disclosure-zh-wmp', '理财非存款、产品有风险、投资须谨慎。',
 'APPEND', '已附加银行理财产品风险提示。', '商业银行理财业务监督管理办法 2018 (catalogue FN-03)',
 '["market-commentary", "product-description", "earnings-summary", "client-letter"]');

-- FN-02: predictions. Exceptions: earnings summaries and sentiment report what the source says (management guidance,
-- analysts' price targets), so the rule covers the copy tasks only.
insert into compliance_rule (id, stage, kind, pattern, action, message, source, tasks) values
('FN-02', 'OUTPUT', 'REGEX',
 $$\b(?:will|is going to|is set to|is certain to|is sure to|are going to)\s+(?:rise|climb|gain|increase|go up|double|triple|return|yield|outperform|rally|soar|surge|jump|deliver)\b|\bexpected (?:return|yield) of \d|必涨|必将上涨|稳涨|肯定(?:会)?涨|将(?:会)?(?:上涨|大涨)|涨幅将达|预计(?:年化)?收益率?(?:为|达到?|可达)\s*\d|下(?:周|月|季度|半年)(?:将|会)?(?:上)?涨\s*\d|翻倍$$,
 'BLOCK', 'Financial copy must not predict or project performance.',
 'FINRA 2210(d)(1)(F); 证券投资顾问业务暂行规定 Art 19 (catalogue FN-02)',
 '["market-commentary", "product-description", "client-letter"]'),
('FN-08', 'INPUT', 'REGEX', $$(?:cvv2?|cvc2?|cid|csc|card security code|security code|安全码|校验码)\s*[:：#]?\s*\d{3,4}\b$$,
 'BLOCK', 'Card security codes must never be processed or echoed.', 'PCI DSS 4.0 Req 3.3.1 (catalogue FN-08)', null),
('FN-08-OUT', 'OUTPUT', 'REGEX', $$(?:cvv2?|cvc2?|cid|csc|card security code|security code|安全码|校验码)\s*[:：#]?\s*\d{3,4}\b$$,
 'BLOCK', 'Card security codes must never be echoed.', 'PCI DSS 4.0 Req 3.3.1 (catalogue FN-08)', null),
('FN-11', 'OUTPUT', 'REGEX',
 $$\bour (?:ai|algorithm|model)\b[^.]{0,60}\b(?:predicts?|forecasts?|guarantees?|beats? the market)\b|\b\d{2,3}(?:\.\d+)?\s?% accura(?:te|cy)|(?:ai|人工智能|算法)[^。]{0,20}(?:精准预测|准确率(?:高达|达)?\s*\d)$$,
 'FLAG', 'AI-capability claim needs substantiation (AI-washing).',
 'FINRA 2210(d)(1)(B); SEC AI-washing enforcement 2024 (catalogue FN-11)', null),
('FN-13', 'OUTPUT', 'REGEX',
 $$\b(?:buy|sell|short|load up on|dump)\s+(?:shares of\s+|more\s+)?(?:\$(?-i:[A-Z]{1,5})\b|(?-i:[A-Z]{2,5})\b)|\bstrong (?:buy|sell)\b|(?:建议|推荐)?(?:买入|卖出|抄底|清仓|满仓)\s*\d{6}|荐股$$,
 'BLOCK', 'No specific buy or sell calls on named securities in mass-distributed commentary.',
 '证券投资顾问业务暂行规定; 证券法 Art 161 (catalogue FN-13)', '["market-commentary"]');

insert into compliance_rule (id, stage, kind, terms, allow_list, action, message, source, locale) values
('FN-06', 'OUTPUT', 'TERMS',
 '["业绩稳健", "业绩优良", "名列前茅", "位居前列", "首只", "最大", "最好", "最强", "唯一", "坐享财富增长", "安心享受成长",
   "尽享牛市", "欲购从速", "申购良机"]',
 '["最大回撤", "最大亏损", "最大损失", "最大跌幅", "最大可能损失"]',
 'BLOCK', '基金宣传材料不得使用夸大或误导性用语（业绩稳健、名列前茅、最强、欲购从速等）。',
 'CSRC 2008 基金宣传推介补充规定 (catalogue FN-06)', null),
('FN-12', 'INPUT', 'TERMS',
 '["别加风险提示", "不要风险提示", "去掉风险提示", "不加风险提示", "删除风险提示", "without the risk disclosure",
   "without a risk warning", "without risk warnings", "no risk disclaimer", "remove the risk disclosure",
   "omit the risk warning", "skip the disclaimer"]', '[]',
 'BLOCK', 'Required risk warnings cannot be removed on request.',
 '广告法 Art 25; 基金宣传推介材料管理暂行规定 (catalogue FN-12)', null);

-- FN-04, FN-05, FN-07, FN-09, FN-10 and suitability are named checks in org.aigc.finance.compliance.
insert into compliance_rule (id, stage, kind, pattern, action, replacement, message, source, tasks, sensitive) values
('FN-04', 'OUTPUT', 'CHECK', 'performance-presentation', 'BLOCK', null,
 'Gross performance needs net performance next to it; hypothetical or back-tested performance only for a qualified audience with its disclosure.',
 'SEC Rule 206(4)-1(d) (catalogue FN-04)', null, false),
('FN-05', 'OUTPUT', 'CHECK', 'cherry-picking', 'FLAG', null,
 'Performance quoted without a losing year of the product''s history (cherry-picking).',
 'SEC Rule 206(4)-1(a)(6) (catalogue FN-05)', '["product-description", "client-letter"]', false),
('FN-07', 'INPUT', 'CHECK', 'fn-payment-card', 'AMEND', '**** **** **** ',
 'Card number (Luhn-valid) masked to its last four digits before the model call.', 'PCI DSS 4.0 Req 3.4.1 (catalogue FN-07)',
 null, true),
('FN-07-OUT', 'OUTPUT', 'CHECK', 'fn-payment-card', 'AMEND', '**** **** **** ',
 'Card number (Luhn-valid) masked to its last four digits.', 'PCI DSS 4.0 Req 3.4.1 (catalogue FN-07)', null, true),
('FN-09', 'INPUT', 'CHECK', 'fn-iban', 'AMEND', '**** **** **** ',
 'IBAN (mod-97 valid) masked to its last four characters before the model call.',
 'ISO 13616; GDPR Art 5(1)(c) data minimisation (catalogue FN-09)', null, true),
('FN-09-OUT', 'OUTPUT', 'CHECK', 'fn-iban', 'AMEND', '**** **** **** ',
 'IBAN (mod-97 valid) masked to its last four characters.', 'ISO 13616; GDPR Art 5(1)(c) (catalogue FN-09)', null, true),
('FN-10', 'INPUT', 'CHECK', 'fn-prc-resident-id', 'AMEND', '**************',
 '居民身份证号码（校验位有效）在调用模型前已屏蔽。', 'PIPL Art 28; JR/T 0171-2020 (catalogue FN-10)', null, true),
('FN-10-OUT', 'OUTPUT', 'CHECK', 'fn-prc-resident-id', 'AMEND', '**************',
 '居民身份证号码（校验位有效）已屏蔽。', 'PIPL Art 28; JR/T 0171-2020 (catalogue FN-10)', null, true),
('FN-SUIT', 'OUTPUT', 'CHECK', 'suitability', 'REVIEW', null,
 'The product''s risk level is above the client''s risk tolerance: a human must decide.',
 'FINRA Rule 2111 (suitability); 证券期货投资者适当性管理办法 (CSRC Order 130)',
 '["product-description", "client-letter"]', false),
('FN-FIG', 'OUTPUT', 'CHECK', 'figures-from-source', 'BLOCK', null,
 'The summary states a figure that is not in the source document.',
 'FINRA 2210(d)(1)(A) sound basis; SEC Rule 206(4)-1(a)(2) unsubstantiated material facts',
 '["earnings-summary"]', false);
