-- A finished job's reservation keeps holding its budget for a short grace period: its usage events may still be on
-- their way (aigc.usage and aigc.results are separate topics), and releasing at the result would let a new job spend
-- what the late usage is about to take. ReservationSweeper releases the rest once the grace has passed.
alter table reservation add column finished_at timestamptz;

create index reservation_finished on reservation (finished_at) where released_at is null and finished_at is not null;
