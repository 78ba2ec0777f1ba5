-- A keychain number is never given twice (docs/adr/0009), even when the import that issued it is undone and its
-- row deleted (docs/adr/0015): the card may already have been printed. A deleted number is kept here, and an insert
-- of a kept number is skipped, so the issuing code sees it as drawn already (as with "on conflict do nothing") and
-- draws another.
create table retired_keychain_numbers (
    region_id  text not null references regions (code),
    number     text not null,
    retired_at timestamptz not null default now(),
    primary key (region_id, number)
);

alter table retired_keychain_numbers enable row level security;
alter table retired_keychain_numbers force row level security;
create policy region_isolation on retired_keychain_numbers
    using (region_id = current_region()) with check (region_id = current_region());
grant select, insert on retired_keychain_numbers to ${appRole};

create function keychains_keep_deleted_number() returns trigger
    language plpgsql
as $$
begin
    insert into retired_keychain_numbers (region_id, number) values (old.region_id, old.number) on conflict do nothing;
    return old;
end
$$;

create trigger keychains_keep_deleted_number before delete on keychains
    for each row execute function keychains_keep_deleted_number();

create function keychains_skip_retired_number() returns trigger
    language plpgsql
as $$
begin
    if exists (select 1 from retired_keychain_numbers where region_id = new.region_id and number = new.number) then
        return null;
    end if;
    return new;
end
$$;

create trigger keychains_skip_retired_number before insert on keychains
    for each row execute function keychains_skip_retired_number();
