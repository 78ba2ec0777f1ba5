-- Sponsor categories are a head-office template every region uses (a reference table, not region-owned).
create table sponsor_categories (
    code       text primary key check (code ~ '^[a-z][a-z0-9-]{1,40}$'),
    name_ja    text not null,
    name_en    text not null,
    sort_order integer not null default 0,
    archived   boolean not null default false,
    version    integer not null default 0,
    updated_at timestamptz not null default now()
);

insert into sponsor_categories (code, name_ja, name_en, sort_order) values
    ('hospital', '病院', 'Hospital', 10),
    ('facility', '施設', 'Facility', 20),
    ('care', '医療・介護事業所', 'Medical / care provider', 30),
    ('company', '企業', 'Company', 40),
    ('pharmacy', '薬局', 'Pharmacy', 50);

grant select, insert, update on sponsor_categories to ${appRole};
grant select on sponsor_categories to ${statsRole};
