-- pgbench script (-M prepared): the sponsor search exactly as the endpoint runs it. RegionDatabase opens a
-- transaction, binds the region with set_config(..., true) and commits; the select is the text
-- SponsorRepository.list builds for q=<text>, default status (active), sort (kana asc), page 0 and size 20.
-- Variables come from pgbench -D: region, pattern (the LIKE pattern), size, offset.
begin;
select set_config('app.region_id', :region, true);
select id, name, name_kana, category_code, phone, email, joined_on, archived_at is not null, version, updated_at, count(*) over () from sponsors where region_id = :region and search_key like :pattern escape '\' and archived_at is null order by name_kana asc nulls last, id limit :size offset :offset;
commit;
