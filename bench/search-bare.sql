-- pgbench script (-M prepared): the same select alone, for context. No transaction and no per-request
-- set_config: the region is a session setting given once at connection (PGOPTIONS="-c app.region_id=…"),
-- so row-level security still applies and the query returns the same rows.
select id, name, name_kana, category_code, phone, email, joined_on, archived_at is not null, version, updated_at, count(*) over () from sponsors where region_id = :region and search_key like :pattern escape '\' and archived_at is null order by name_kana asc nulls last, id limit :size offset :offset;
