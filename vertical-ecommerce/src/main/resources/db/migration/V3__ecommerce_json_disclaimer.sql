-- e-commerce, issue 7 gaps: a JSON task cannot carry an appended disclaimer (EC-06 health-food warning, EC-08 DSHEA
-- statement), so the core puts the texts of the APPEND rules into the answer's "disclaimer" field; every JSON task
-- declares it.
update task_definition
   set output_schema = jsonb_set(output_schema, '{properties,disclaimer}',
       '{"type": "string", "maxLength": 2000, "description": "filled by the service with the required disclosures; the model leaves it out"}')
 where output_schema -> 'properties' is not null;
