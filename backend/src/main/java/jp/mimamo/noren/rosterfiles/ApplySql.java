package jp.mimamo.noren.rosterfiles;

import java.util.List;

/**
 * The statements that write a staged import, one batch (a range of staged rows) at a time. Each names the region
 * and the import; history entries are built in SQL in the form of {@code ChangeLog} (field, from, to), the sponsor's
 * led by the pseudo-change {@code import → id} and a year's with the import in its reason.
 */
final class ApplySql {
    private ApplySql() {
    }

    /** Serialises imports (and undos) of one region, so two cannot create the same sponsor side by side. */
    static final String LOCK = "select pg_advisory_xact_lock(hashtext('noren.roster-import'), hashtext(?))";

    /**
     * Plans for bulk work, for this transaction only. Fresh statistics for the staging tables (a preview may just have
     * staged 100,000 rows into tables last analyzed empty), and no nested loops: a region's tables may also have
     * been analyzed empty just before a first import, and a nested loop planned for an empty table runs for hours
     * on a full one. Hash and merge joins stay linear whatever the statistics say.
     */
    static final List<String> BULK_PLANS = List.of("analyze roster_import_sponsors, roster_import_years",
            "set local enable_nestloop = off");

    static final String SPONSORS_TO_UPDATE = """
            select count(*) from roster_import_sponsors
            where region_id = ? and import_id = ? and action = 'update' and position >= ? and position < ?""";

    static final String YEARS_TO_UPDATE = """
            select count(*) from roster_import_years
            where region_id = ? and import_id = ? and action = 'update' and ordinal >= ? and ordinal < ?""";

    /**
     * The first staged row whose sponsor or year changed (or appeared) since the preview: one query per kind, each an
     * index probe per staged row (sponsors by id, by search key; years by their key).
     */
    static final List<String> FIRST_STALE_ROW = List.of("""
            select min(st.first_row) from roster_import_sponsors st
            join sponsors s on s.region_id = st.region_id and s.id = st.sponsor_id
            where st.region_id = ? and st.import_id = ? and st.action = 'update' and s.version <> st.base_version""", """
            select min(st.first_row) from roster_import_sponsors st
            where st.region_id = ? and st.import_id = ? and st.action = 'create'
              and exists (select 1 from sponsors s where s.region_id = st.region_id and s.search_key = st.search_key)""", """
            select min(y.row_number) from roster_import_years y
            join roster_import_sponsors st on st.region_id = y.region_id and st.import_id = y.import_id and st.position = y.position
            join sponsorships sp on sp.region_id = y.region_id and sp.sponsor_id = st.sponsor_id and sp.fiscal_year = y.fiscal_year
            where y.region_id = ? and y.import_id = ? and st.action <> 'create'
              and (y.action = 'create' or (y.action = 'update' and sp.version <> y.base_version))""");

    static final String CREATE_SPONSORS = """
            with created as (
                insert into sponsors (region_id, category_code, name, name_kana, search_key, postal_code, address, phone,
                                      email, joined_on, notes)
                select region_id, category_code, name, name_kana, search_key, postal_code, address, phone, email, joined_on, notes
                from roster_import_sponsors
                where region_id = ? and import_id = ? and action = 'create' and position >= ? and position < ?
                order by position
                returning id, search_key)
            update roster_import_sponsors st set sponsor_id = created.id from created
            where st.region_id = ? and st.import_id = ? and st.search_key = created.search_key""";

    static final String CREATED_SPONSORS_HISTORY = """
            insert into sponsor_history (region_id, sponsor_id, actor, action, changes)
            select st.region_id, st.sponsor_id, ?, 'created',
                   (select jsonb_agg(jsonb_build_object('field', f.field, 'from', null, 'to', f.value) order by f.ord)
                    from (values (0, 'import', ?::text), (1, 'name', st.name), (2, 'nameKana', st.name_kana),
                                 (3, 'categoryCode', st.category_code), (4, 'postalCode', st.postal_code),
                                 (5, 'address', st.address), (6, 'phone', st.phone), (7, 'email', st.email),
                                 (8, 'joinedOn', st.joined_on::text), (9, 'notes', st.notes)) f(ord, field, value)
                    where f.value is not null)
            from roster_import_sponsors st
            where st.region_id = ? and st.import_id = ? and st.action = 'create' and st.position >= ? and st.position < ?""";

    static final String UPDATE_SPONSORS = """
            update sponsors s set category_code = st.category_code, name = st.name, name_kana = st.name_kana,
                   search_key = st.search_key, postal_code = st.postal_code, address = st.address, phone = st.phone,
                   email = st.email, joined_on = st.joined_on, notes = st.notes, version = s.version + 1, updated_at = now()
            from roster_import_sponsors st
            where st.region_id = ? and st.import_id = ? and st.action = 'update' and st.position >= ? and st.position < ?
              and s.region_id = st.region_id and s.id = st.sponsor_id and s.version = st.base_version""";

    /**
     * An updated sponsor's changes, led by the import: from the stored values ({@code before}) to the staged ones, or
     * back again for undo. The import id is the statement's first parameter after the actor.
     */
    static String sponsorChanges(boolean undo) {
        return changes(undo, "st.", new String[][] {{"name", "name"}, {"nameKana", "name_kana"}, {"categoryCode", "category_code"},
                {"postalCode", "postal_code"}, {"address", "address"}, {"phone", "phone"}, {"email", "email"},
                {"joinedOn", "joined_on::text"}, {"notes", "notes"}}, "(0, 'import', null, ?::text), ");
    }

    /** A year's changes, from the stored values to the staged ones, or back again for undo. */
    static String yearChanges(boolean undo) {
        return changes(undo, "y.", new String[][] {{"status", "status"}, {"units", "units::text"}, {"unitFee", "unit_fee::text"},
                {"fee", "fee::text"}, {"notes", "notes"}, {"invoicedOn", "invoiced_on::text"}, {"paidOn", "paid_on::text"},
                {"paymentMethod", "payment_method"}, {"paidAmount", "paid_amount::text"}}, "");
    }

    /** A JSON array of {field, from, to} for the fields whose value differs; {@code lead} rows are always kept (ord 0). */
    private static String changes(boolean undo, String alias, String[][] fields, String lead) {
        StringBuilder values = new StringBuilder(lead);
        for (int i = 0; i < fields.length; i++) {
            String before = alias + "before->>'" + fields[i][0] + "'";
            String staged = alias + fields[i][1];
            values.append(i == 0 ? "" : ", ").append("(").append(i + 1).append(", '").append(fields[i][0]).append("', ")
                    .append(undo ? staged : before).append(", ").append(undo ? before : staged).append(")");
        }
        return "(select coalesce(jsonb_agg(jsonb_build_object('field', f.field, 'from', f.old, 'to', f.new) order by f.ord), '[]')"
                + " from (values " + values + ") f(ord, field, old, new) where f.ord = 0 or f.old is distinct from f.new)";
    }

    static final String UPDATED_SPONSORS_HISTORY = """
            insert into sponsor_history (region_id, sponsor_id, actor, action, changes)
            select st.region_id, st.sponsor_id, ?, 'updated', %s
            from roster_import_sponsors st
            where st.region_id = ? and st.import_id = ? and st.action = 'update' and st.position >= ? and st.position < ?"""
            .formatted(sponsorChanges(false));

    private static final String STAGED_YEARS = """
            from roster_import_years y
            join roster_import_sponsors st on st.region_id = y.region_id and st.import_id = y.import_id and st.position = y.position
            """;

    static final String CREATE_YEARS = """
            insert into sponsorships (region_id, sponsor_id, fiscal_year, status, units, unit_fee, fee, answered_at,
                                      invoiced_on, paid_on, payment_method, paid_amount, notes)
            select y.region_id, st.sponsor_id, y.fiscal_year, y.status, y.units, y.unit_fee, y.fee,
                   case when y.status <> 'pending' then now() end, y.invoiced_on, y.paid_on, y.payment_method, y.paid_amount, y.notes
            """ + STAGED_YEARS + """
            where y.region_id = ? and y.import_id = ? and y.action = 'create' and y.ordinal >= ? and y.ordinal < ?""";

    static final String UPDATE_YEARS = """
            update sponsorships sp set status = y.status, units = y.units, unit_fee = y.unit_fee, fee = y.fee,
                   answered_at = case when y.status = 'pending' then null when sp.status <> y.status then now() else sp.answered_at end,
                   invoiced_on = y.invoiced_on, paid_on = y.paid_on, payment_method = y.payment_method,
                   paid_amount = y.paid_amount, notes = y.notes, version = sp.version + 1, updated_at = now()
            """ + STAGED_YEARS + """
            where y.region_id = ? and y.import_id = ? and y.action = 'update' and y.ordinal >= ? and y.ordinal < ?
              and sp.region_id = y.region_id and sp.sponsor_id = st.sponsor_id and sp.fiscal_year = y.fiscal_year
              and sp.version = y.base_version""";

    static final String UPDATED_YEARS_HISTORY = """
            insert into sponsorship_history (region_id, sponsor_id, fiscal_year, actor, action, reason, changes)
            select y.region_id, st.sponsor_id, y.fiscal_year, ?,
                   case when y.before->>'status' = 'pending' and y.status <> 'pending' then 'answered' else 'changed' end, ?, %s
            """.formatted(yearChanges(false)) + STAGED_YEARS + """
            where y.region_id = ? and y.import_id = ? and y.action = 'update' and y.ordinal >= ? and y.ordinal < ?""";
}
