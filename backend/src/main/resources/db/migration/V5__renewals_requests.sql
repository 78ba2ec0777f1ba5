-- Every renewal request and reminder: one row per sponsor, year, step and channel, so a step is never sent
-- twice. 'sending' is claimed before the mail goes out; a crash leaves it claimed rather than sending again.
create table renewal_sends (
    region_id   text not null,
    sponsor_id  bigint not null,
    fiscal_year integer not null,
    step        text not null check (step in ('request', 'reminder-1', 'reminder-2')),
    channel     text not null check (channel in ('email', 'post')),
    status      text not null check (status in ('sending', 'sent', 'failed', 'to-print')),
    address     text,
    error       text,
    attempts    integer not null default 1,
    actor       text not null,
    updated_at  timestamptz not null default now(),
    primary key (region_id, sponsor_id, fiscal_year, step, channel),
    foreign key (region_id, sponsor_id, fiscal_year) references sponsorships (region_id, sponsor_id, fiscal_year)
);

alter table renewal_sends enable row level security;
alter table renewal_sends force row level security;
create policy region_isolation on renewal_sends
    using (region_id = current_region()) with check (region_id = current_region());
grant select, insert, update on renewal_sends to ${appRole};
