-- What a region decides for its renewals: the fee of one unit (口), mid-year proration, the qualified
-- invoice issuer number (適格請求書発行事業者登録番号) printed on invoices.
create table renewal_settings (
    region_id                   text primary key references regions (code),
    unit_fee                    integer not null default 10000 check (unit_fee between 0 and 10000000),
    proration                   text not null default 'none' check (proration in ('none', 'monthly')),
    invoice_registration_number text check (invoice_registration_number ~ '^T[0-9]{13}$'),
    version                     integer not null default 0,
    updated_at                  timestamptz not null default now()
);

-- One row per sponsor per fiscal year (年度). A past year is never overwritten: changes are recorded in
-- sponsorship_history, and changing a decided year needs a reason.
create table sponsorships (
    region_id      text not null,
    sponsor_id     bigint not null,
    fiscal_year    integer not null check (fiscal_year between 1989 and 2200),
    status         text not null default 'pending' check (status in ('pending', 'renewed', 'declined', 'new')),
    units          integer not null default 1 check (units between 0 and 1000),
    unit_fee       integer not null check (unit_fee >= 0),
    fee            integer not null check (fee >= 0),
    benefits       jsonb not null default '[]',
    answered_at    timestamptz,
    invoiced_on    date,
    paid_on        date,
    payment_method text check (payment_method in ('transfer', 'cash', 'debit')),
    paid_amount    integer check (paid_amount >= 0),
    notes          text,
    version        integer not null default 0,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    primary key (region_id, sponsor_id, fiscal_year),
    foreign key (region_id, sponsor_id) references sponsors (region_id, id)
);
create index sponsorships_by_year on sponsorships (region_id, fiscal_year, status);

create table sponsorship_history (
    region_id   text not null,
    sponsor_id  bigint not null,
    fiscal_year integer not null,
    id          bigint generated always as identity,
    at          timestamptz not null default now(),
    actor       text not null,
    action      text not null check (action in ('opened', 'created', 'answered', 'changed', 'invoiced', 'paid')),
    reason      text,
    changes     jsonb not null default '[]',
    primary key (region_id, sponsor_id, fiscal_year, id),
    foreign key (region_id, sponsor_id, fiscal_year) references sponsorships (region_id, sponsor_id, fiscal_year)
);

alter table renewal_settings enable row level security;
alter table renewal_settings force row level security;
create policy region_isolation on renewal_settings
    using (region_id = current_region()) with check (region_id = current_region());

alter table sponsorships enable row level security;
alter table sponsorships force row level security;
create policy region_isolation on sponsorships
    using (region_id = current_region()) with check (region_id = current_region());

alter table sponsorship_history enable row level security;
alter table sponsorship_history force row level security;
create policy region_isolation on sponsorship_history
    using (region_id = current_region()) with check (region_id = current_region());

grant select, insert, update on renewal_settings to ${appRole};
grant select, insert, update on sponsorships to ${appRole};
grant select, insert on sponsorship_history to ${appRole};

-- Head office compares renewal rates and fees per region and year from this rollup, recomputed for the
-- (region, year) pairs each statement touched: opening a campaign for 2,000 sponsors recomputes once.
create table sponsorship_year_totals (
    region_id     text not null references regions (code),
    fiscal_year   integer not null,
    sponsors      integer not null,
    pending       integer not null,
    renewed       integer not null,
    declined      integer not null,
    newcomers     integer not null,
    fees_pledged  bigint not null,
    fees_received bigint not null,
    primary key (region_id, fiscal_year)
);
grant select on sponsorship_year_totals to ${statsRole};

create function sponsorship_year_totals_refresh(p_region text, p_year integer)
    returns void language sql security definer set search_path = public
as $$
    insert into sponsorship_year_totals as t
    select p_region, p_year, count(*),
           count(*) filter (where status = 'pending'), count(*) filter (where status = 'renewed'),
           count(*) filter (where status = 'declined'), count(*) filter (where status = 'new'),
           coalesce(sum(fee) filter (where status in ('renewed', 'new')), 0), coalesce(sum(paid_amount), 0)
    from sponsorships where region_id = p_region and fiscal_year = p_year
    on conflict (region_id, fiscal_year) do update set
        sponsors = excluded.sponsors, pending = excluded.pending, renewed = excluded.renewed,
        declined = excluded.declined, newcomers = excluded.newcomers,
        fees_pledged = excluded.fees_pledged, fees_received = excluded.fees_received
$$;
revoke execute on function sponsorship_year_totals_refresh(text, integer) from public;

create function sponsorships_totals_after_statement() returns trigger
    language plpgsql security definer set search_path = public
as $$
declare
    pair record;
begin
    for pair in select distinct region_id, fiscal_year from changed loop
        perform sponsorship_year_totals_refresh(pair.region_id, pair.fiscal_year);
    end loop;
    return null;
end
$$;

create trigger sponsorships_totals_after_insert after insert on sponsorships
    referencing new table as changed for each statement execute function sponsorships_totals_after_statement();
create trigger sponsorships_totals_after_update after update on sponsorships
    referencing new table as changed for each statement execute function sponsorships_totals_after_statement();
