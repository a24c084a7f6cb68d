-- The gateway no longer keeps a caller's input (it may hold patient identifiers or card numbers the gateway cannot
-- mask; the industry service stores the masked form): only its size. Older rows are reduced the same way.
update job set input = jsonb_build_object('chars', length(input::text)) where input -> 'chars' is null;

comment on column job.input is 'size of the caller''s input only ({"chars": n}); the industry service keeps its masked form';
