-- Invoices (請求書), receipts (領収書) and the region's seal (印影) printed on both.

-- The seal image as uploaded (PNG or JPEG, checked by decoding it). A new upload or a removal only marks the
-- earlier image removed: an invoice or a receipt keeps the seal it was issued with, and a reprint shows it.
create table region_seals (
    region_id   text not null references regions (code),
    id          bigint generated always as identity,
    image       bytea not null check (octet_length(image) <= 1048576),
    media_type  text not null check (media_type in ('image/png', 'image/jpeg')),
    width       integer not null check (width > 0),
    height      integer not null check (height > 0),
    uploaded_by text not null,
    uploaded_at timestamptz not null default now(),
    removed_at  timestamptz,
    primary key (region_id, id)
);
create unique index region_seals_current on region_seals (region_id) where removed_at is null;

-- Gapless numbers per region, kind and fiscal year (R2026-0001). The counter row is updated in the same
-- transaction as the document it numbers: a second issuer waits for the first to commit, and a rollback
-- gives the number back.
create table billing_counters (
    region_id   text not null references regions (code),
    kind        text not null check (kind in ('invoice', 'receipt')),
    fiscal_year integer not null,
    last_number integer not null check (last_number > 0),
    primary key (region_id, kind, fiscal_year)
);

-- One invoice per sponsor and year, with what it said when issued: a reprint is the same document.
create table invoices (
    region_id           text not null,
    sponsor_id          bigint not null,
    fiscal_year         integer not null,
    number              text not null,
    issued_on           date not null,
    issuer_name         text not null,
    registration_number text check (registration_number ~ '^T[0-9]{13}$'),
    payment_note        text,
    addressee           text not null,
    contact_name        text,
    postal_code         text,
    address             text,
    units               integer not null check (units >= 0),
    unit_fee            integer not null check (unit_fee >= 0),
    amount              integer not null check (amount > 0),
    seal_id             bigint,
    issued_by           text not null,
    issued_at           timestamptz not null default now(),
    primary key (region_id, sponsor_id, fiscal_year),
    unique (region_id, number),
    foreign key (region_id, sponsor_id, fiscal_year) references sponsorships (region_id, sponsor_id, fiscal_year),
    foreign key (region_id, seal_id) references region_seals (region_id, id)
);

-- One receipt per sponsor and year, for the payment recorded when it was issued. Only the print count changes:
-- the first print is the original, every later one is marked 再発行.
create table receipts (
    region_id           text not null,
    sponsor_id          bigint not null,
    fiscal_year         integer not null,
    number              text not null,
    issued_on           date not null,
    issuer_name         text not null,
    registration_number text check (registration_number ~ '^T[0-9]{13}$'),
    addressee           text not null,
    amount              integer not null check (amount > 0),
    paid_on             date not null,
    payment_method      text not null check (payment_method in ('transfer', 'cash', 'debit')),
    units               integer not null check (units >= 0),
    seal_id             bigint,
    issued_by           text not null,
    issued_at           timestamptz not null default now(),
    prints              integer not null default 0 check (prints >= 0),
    last_printed_at     timestamptz,
    primary key (region_id, sponsor_id, fiscal_year),
    unique (region_id, number),
    foreign key (region_id, sponsor_id, fiscal_year) references sponsorships (region_id, sponsor_id, fiscal_year),
    foreign key (region_id, seal_id) references region_seals (region_id, id)
);

alter table region_seals enable row level security;
alter table region_seals force row level security;
create policy region_isolation on region_seals
    using (region_id = current_region()) with check (region_id = current_region());

alter table billing_counters enable row level security;
alter table billing_counters force row level security;
create policy region_isolation on billing_counters
    using (region_id = current_region()) with check (region_id = current_region());

alter table invoices enable row level security;
alter table invoices force row level security;
create policy region_isolation on invoices
    using (region_id = current_region()) with check (region_id = current_region());

alter table receipts enable row level security;
alter table receipts force row level security;
create policy region_isolation on receipts
    using (region_id = current_region()) with check (region_id = current_region());

grant select, insert on region_seals to ${appRole};
grant update (removed_at) on region_seals to ${appRole};
grant select, insert, update on billing_counters to ${appRole};
grant select, insert on invoices to ${appRole};
grant select, insert on receipts to ${appRole};
grant update (prints, last_printed_at) on receipts to ${appRole};

-- Issuing a receipt is recorded in the year's history like an invoice or a payment.
alter table sponsorship_history drop constraint sponsorship_history_action_check;
alter table sponsorship_history add constraint sponsorship_history_action_check
    check (action in ('opened', 'created', 'answered', 'changed', 'invoiced', 'paid', 'receipted'));

-- Where and how to pay, printed on every invoice (振込先 …).
alter table renewal_settings add column payment_note text check (char_length(payment_note) <= 500);
