-- Roster search matches anywhere in the name or reading (search_key like '%…%'). A trigram index led by the
-- region answers that without scanning the region's whole roster. Both extensions are trusted, so the
-- database owner may create them.
create extension if not exists pg_trgm;
create extension if not exists btree_gin;
create index sponsors_search_trigram on sponsors using gin (region_id, search_key gin_trgm_ops);
