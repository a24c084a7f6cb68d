-- Compliance engine, review queue, audit retention and template history (issue 5). Additive only: every column
-- added here has a default, so the industry modules' own inserts keep working.

-- keep_last: AMEND masks keep that many trailing letters/digits (cards: at most the last 4).
-- retention_days: how long audit rows of the rule's findings are kept (network and labelling logs: >= 6 months).
alter table compliance_rule add column keep_last int check (keep_last between 0 and 4);
alter table compliance_rule add column retention_days int not null default 180 check (retention_days >= 1);
alter table compliance_rule add column updated_at timestamptz not null default now();
alter table compliance_rule add column updated_by varchar(128);

-- Every version of every rule as it was, written by the admin API (and here for the seeded ones).
create table compliance_rule_version (
    id         bigserial primary key,
    rule_id    varchar(64) not null,
    version    int not null,
    snapshot   jsonb not null,
    changed_by varchar(128),
    changed_at timestamptz not null default now(),
    unique (rule_id, version)
);

-- retain_until: the purge job may delete the row after this instant (null: kept for ever);
-- actor: the reviewer or administrator behind a human action.
alter table audit_event add column retain_until timestamptz;
alter table audit_event add column actor varchar(128);
create index audit_event_retention on audit_event (retain_until);
create index audit_event_tenant_request on audit_event (tenant_id, request_id);

-- Still append-only: updates are refused, and a delete only passes inside the purge job's transaction (which sets
-- aigc.audit_purge) for a row whose retention has run out.
create or replace function audit_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('aigc.audit_purge', true) = 'on'
            and old.retain_until is not null and old.retain_until < now() then
        return old;
    end if;
    raise exception 'audit_event is append-only';
end;
$$;

-- prompt: the rendered messages sent to the model (for the fine-tuning export; the canary line is stripped there).
-- reviewed_*: the review queue's decision; edited: the reviewer replaced the model's text.
alter table generation add column prompt jsonb;
alter table generation add column reviewed_by varchar(128);
alter table generation add column reviewed_at timestamptz;
alter table generation add column review_note text;
alter table generation add column edited boolean not null default false;
create index generation_status on generation (tenant_id, status);

-- who created a template version, and when it was last (de)activated or re-weighted
alter table prompt_template add column created_by varchar(128);
alter table prompt_template add column updated_at timestamptz not null default now();

-- Shared detectors. PI-01 keeps its id and now runs the prompt-injection heuristics (override, role-play as the
-- system, reveal the system prompt; EN and ZH), a superset of its former term list.
update compliance_rule set kind = 'CHECK', pattern = 'prompt-injection', terms = '[]', version = version + 1,
    message = 'The request tries to override the service''s instructions or to reveal its system prompt (prompt injection).',
    source = 'OWASP LLM01 prompt injection, LLM07 system prompt leakage (catalogue PI-01)'
where id = 'PI-01';

insert into compliance_rule (id, stage, kind, pattern, action, replacement, message, source, sensitive, keep_last,
                             enabled) values
('PI-05', 'INPUT', 'CHECK', 'claimed-approval', 'BLOCK', null,
 'The request claims a prior approval or authority; approvals come from signed fields, never from prompt text.',
 'OWASP LLM01, LLM06 (catalogue PI-05)', false, null, true),
('PI-06', 'OUTPUT', 'CHECK', 'canary', 'BLOCK', null,
 'The output contains the system prompt''s canary token: the system prompt leaked.',
 'OWASP LLM07 system prompt leakage (catalogue PI-06)', false, null, true),
('PI-07', 'OUTPUT', 'CHECK', 'remote-markdown-image', 'AMEND', '[image removed]',
 'Remote Markdown images are removed: rendering them can send data to a third party.',
 'OWASP LLM05 improper output handling (catalogue PI-07)', false, null, true),
('PII-CARD-IN', 'INPUT', 'CHECK', 'payment-card', 'AMEND', null,
 'A payment card number is masked before it reaches the model (last 4 digits kept).',
 'PCI DSS v4.0 Req 3.4.1; PIPL Art 28 (financial accounts)', true, 4, true),
('PII-CARD-OUT', 'OUTPUT', 'CHECK', 'payment-card', 'AMEND', null,
 'A payment card number in the output is masked (last 4 digits kept).',
 'PCI DSS v4.0 Req 3.4.1; OWASP LLM02 (catalogue PI-08)', true, 4, true),
('PII-IBAN-IN', 'INPUT', 'CHECK', 'iban', 'AMEND', null,
 'An IBAN is masked before it reaches the model (last 4 characters kept).',
 'GDPR Art 5(1)(c) data minimisation; PIPL Art 28 (financial accounts)', true, 4, true),
('PII-IBAN-OUT', 'OUTPUT', 'CHECK', 'iban', 'AMEND', null,
 'An IBAN in the output is masked (last 4 characters kept).', 'OWASP LLM02; PIPL Art 28', true, 4, true),
('PII-CNID-IN', 'INPUT', 'CHECK', 'prc-resident-id', 'AMEND', null,
 'A PRC resident ID number is masked before it reaches the model.',
 'PIPL Art 28 (specific identity); GB 11643-1999', true, 4, true),
('PII-CNID-OUT', 'OUTPUT', 'CHECK', 'prc-resident-id', 'AMEND', null,
 'A PRC resident ID number in the output is masked.', 'PIPL Art 28; OWASP LLM02', true, 4, true),
-- Off by default: whether these are personal data to remove depends on the industry (an ad carries the brand''s
-- hotline and site; health already blocks SSNs with HC-01). Enable per vertical (migration or admin API).
('PII-SSN-IN', 'INPUT', 'CHECK', 'us-ssn', 'AMEND', null,
 'A US Social Security number is masked before it reaches the model.',
 'HIPAA 45 CFR 164.514(b)(2); GLBA', true, 4, false),
('PII-SSN-OUT', 'OUTPUT', 'CHECK', 'us-ssn', 'AMEND', null,
 'A US Social Security number in the output is masked.', 'HIPAA 45 CFR 164.514(b)(2); OWASP LLM02', true, 4, false),
('PII-PHONE-IN', 'INPUT', 'CHECK', 'phone', 'AMEND', null,
 'A phone number is masked before it reaches the model.', 'PIPL Art 6 minimisation; GDPR Art 5(1)(c)', true, 4,
 false),
('PII-PHONE-OUT', 'OUTPUT', 'CHECK', 'phone', 'FLAG', null,
 'The output contains a phone number.', 'OWASP LLM02', true, null, false),
('PII-EMAIL-IN', 'INPUT', 'CHECK', 'email', 'AMEND', '[email]',
 'An e-mail address is masked before it reaches the model.', 'PIPL Art 6 minimisation; GDPR Art 5(1)(c)', true,
 null, false),
('PII-EMAIL-OUT', 'OUTPUT', 'CHECK', 'email', 'FLAG', null,
 'The output contains an e-mail address.', 'OWASP LLM02', true, null, false),
('URL-OUT', 'OUTPUT', 'CHECK', 'url', 'FLAG', null,
 'The output contains a web address; check it is allowed.', 'OWASP LLM05 (catalogue PI-07)', false, null, false);

insert into compliance_rule_version (rule_id, version, snapshot, changed_by)
select id, version, to_jsonb(r) - 'updated_at', 'migration V0_4' from compliance_rule r;
