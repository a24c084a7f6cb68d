-- Optional per-key request limit (requests/min), on top of the tenant's; null = only the tenant's limit applies.
alter table api_key add column rate_limit_per_minute integer;
