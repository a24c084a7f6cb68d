-- Test-only fault injection for TransientFailureRetryTest: a request listed in flaky_request fails to be stored with
-- a real PostgreSQL serialization failure (SQLSTATE 40001) until the non-transactional sequence flaky_attempt passes
-- fail_until. Sequences are not rolled back, so each failed attempt moves the counter on.
create sequence flaky_attempt;

create table flaky_request (
    request_id varchar(64) primary key,
    fail_until bigint not null
);

create function flaky_generation_insert() returns trigger language plpgsql as $$
declare
    until bigint;
begin
    select fail_until into until from flaky_request where request_id = new.request_id;
    if until is not null and nextval('flaky_attempt') <= until then
        raise exception 'simulated serialization failure for %', new.request_id using errcode = '40001';
    end if;
    return new;
end $$;

create trigger flaky_generation_insert before insert on generation
    for each row execute function flaky_generation_insert();
