-- e-commerce, issue 7 gaps: a JSON task cannot carry an appended disclaimer (EC-06 health-food warning, EC-08 DSHEA
-- statement), so the core puts the texts of the APPEND rules into the answer's "disclaimer" field; every JSON task
-- declares it.
update task_definition
   set output_schema = jsonb_set(output_schema, '{properties,disclaimer}',
       '{"type": "string", "maxLength": 2000, "description": "filled by the service with the required disclosures; the model leaves it out"}')
 where output_schema -> 'properties' is not null;

-- EC-03: asking how to recognise or report fake reviews is not a request to write them (false positive in the rule
-- cases: "How do we spot a fake review?").
update compliance_rule set version = version + 1,
  allow_list = '["spot a fake review", "spot fake reviews", "detect fake reviews", "identify fake reviews",
                 "report fake reviews", "recognise fake reviews", "recognize fake reviews", "识别虚假评价", "举报刷单"]'
  where id = 'EC-03';
