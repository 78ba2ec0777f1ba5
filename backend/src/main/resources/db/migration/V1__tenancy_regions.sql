-- The directory of regions (tenants). Not region-owned: every region's code is public within Noren.
create table regions (
    code       text primary key check (code ~ '^[a-z][a-z0-9-]{1,30}$'),
    name       text not null,
    name_en    text not null,
    status     text not null default 'active' check (status in ('active', 'suspended')),
    created_at timestamptz not null default now()
);

grant select, insert on regions to ${appRole};
grant select (code, name, name_en, status) on regions to ${statsRole};

-- Region-owned tables compare their region column with this setting. A connection that never set it, or
-- whose transaction ended (the value is then ''), sees nothing: the guard fails closed.
create function current_region() returns text
    language sql stable
as $$ select nullif(current_setting('app.region_id', true), '') $$;

grant execute on function current_region() to ${appRole};
