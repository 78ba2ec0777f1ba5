-- The emergency look-up as the application runs it (Lookups.lookUp), for pgbench: one transaction in the
-- responder's region (lookup2), switched to the registrant's (lookup1) and back; the same reads and inserts.
-- bench_numbers maps a random index to an issued number (one extra indexed read the application does not make).
\set i random(1, :numbers)
begin;
select set_config('app.region_id', 'lookup2', true);
select o.id, o.name, o.kind, o.approved from responder_members m
  join responder_organisations o on o.region_id = m.region_id and o.id = m.organisation_id
  where m.region_id = 'lookup2' and m.username = 'bench-responder';
select r.code, r.name, r.name_en from keychain_prefixes p join regions r on r.code = p.region_code
  where p.prefix = 'LKA' and r.status = 'active';
select set_config('app.region_id', 'lookup1', true);
select number as n from bench_numbers where i = :i \gset
select k.registrant_id, r.centre_id, k.revoked_at is not null, r.status, r.erased_at is not null, r.disclose_to,
       ce.name, ce.phone, ce.after_hours_contact, ce.after_hours_phone
  from keychains k join registrants r on r.region_id = k.region_id and r.id = k.registrant_id
  join centres ce on ce.region_id = r.region_id and ce.id = r.centre_id
  where k.region_id = 'lookup1' and k.number = :n;
select name, name_kana, birth_date, conditions, medication, allergies, family_doctor, family_doctor_phone, hospital, medical_notes
  from registrants where region_id = 'lookup1' and id = (select registrant_id from keychains where region_id = 'lookup1' and number = :n);
select priority, name, relation, phone from registrant_connections
  where region_id = 'lookup1' and registrant_id = (select registrant_id from keychains where region_id = 'lookup1' and number = :n)
  order by priority;
insert into access_log (region_id, username, display_name, roles, centre_id, centre_name, registrant_id, action, sections, access,
                        purpose, outcome, details, client_ip, user_agent)
  values ('lookup1', 'bench-responder', '計測 太郎', '{responder}', null, null,
          (select registrant_id from keychains where region_id = 'lookup1' and number = :n), 'lookup',
          '{name,nameKana,birthDate,centre,connections,medical}', 'limited', '緊急照会: 搬送', 'shown',
          '{"number": "x", "result": "shown", "reason": "transport", "responderRegion": "lookup2", "emergency": false}',
          '127.0.0.1', 'pgbench');
insert into lookup_notices (region_id, centre_id, registrant_id, number, result, emergency, responder_region, responder_username,
                            responder_name, organisation_name, organisation_kind, reason, reason_text)
  select 'lookup1', r.centre_id, r.id, :n, 'shown', false, 'lookup2', 'bench-responder', '計測 太郎', '計測消防署', 'fire',
         'transport', null
  from registrants r where r.region_id = 'lookup1'
   and r.id = (select registrant_id from keychains where region_id = 'lookup1' and number = :n);
select set_config('app.region_id', 'lookup2', true);
insert into access_log (region_id, username, display_name, roles, registrant_id, action, sections, access, purpose, outcome, details,
                        client_ip, user_agent)
  values ('lookup2', 'bench-responder', '計測 太郎', '{responder}', null, 'lookup-elsewhere',
          '{name,nameKana,birthDate,centre,connections,medical}', 'limited', '緊急照会: 搬送', 'shown',
          '{"number": "x", "homeRegion": "lookup1"}', '127.0.0.1', 'pgbench');
commit;
