-- finance, issue 7 gaps.

-- FN-08: a card security code is personal data like the card number: its excerpt is masked in findings and audit rows
-- and removed from the stored request (PCI DSS 3.3.1: never stored after authorisation, let alone in logs).
update compliance_rule set sensitive = true, version = version + 1 where id in ('FN-08', 'FN-08-OUT');

-- news-sentiment is a JSON task: its risk disclosure goes into the "disclaimer" field (the core fills it with the
-- texts of the APPEND rules), in the language of the answer like the text tasks' disclosure.
update task_definition set output_schema = '{
   "type": "object",
   "additionalProperties": false,
   "required": ["sentiment", "confidence", "reasons"],
   "properties": {
     "sentiment": {"enum": ["positive", "negative", "neutral"]},
     "confidence": {"type": "number", "minimum": 0, "maximum": 1},
     "reasons": {"type": "array", "minItems": 1, "maxItems": 5, "items": {"type": "string", "maxLength": 300}},
     "entity": {"type": "string", "maxLength": 120},
     "disclaimer": {"type": "string", "maxLength": 2000,
                    "description": "filled by the service with the required risk disclosure; the model leaves it out"}
   }
 }' where name = 'news-sentiment';

update compliance_rule set version = version + 1,
  tasks = '["market-commentary", "product-description", "earnings-summary", "client-letter", "news-sentiment"]'
  where id in ('FN-03-LANG-EN', 'FN-03-LANG-ZH', 'FN-03-WMP');

-- FN-04 now also checks the 1-, 5- and 10-year periods of a product's trailing performance (PerformancePeriods).
update compliance_rule set version = version + 1,
  message = 'Gross performance needs net performance next to it; trailing performance needs the 1-, 5- and 10-year periods (or since inception when shorter); hypothetical or back-tested performance only for a qualified audience with its disclosure.'
  where id = 'FN-04';

-- the rule history (admin API) gets a snapshot of each version written here
insert into compliance_rule_version (rule_id, version, snapshot, changed_by)
select id, version, to_jsonb(r) - 'updated_at', 'migration finance V3' from compliance_rule r
where id in ('FN-08', 'FN-08-OUT', 'FN-03-LANG-EN', 'FN-03-LANG-ZH', 'FN-03-WMP', 'FN-04')
on conflict (rule_id, version) do nothing;
