package jp.mimamo.noren.rosterfiles;

import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemType;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Step 3 of an import, on request: puts the roster back as it was, in one transaction. The years the import created
 * are removed and those it changed get their values back (recorded with the undo as reason); the sponsors it created
 * are archived and those it changed get their fields back. Refused, with the first name concerned, when anything the
 * import wrote has been changed since.
 */
@Singleton
class RosterUndo {
    static final String REASON = "名簿の取り込みの取り消し ";

    private static final String STAGED_YEARS = """
            from roster_import_years y
            join roster_import_sponsors st on st.region_id = y.region_id and st.import_id = y.import_id and st.position = y.position
            """;

    private static final String FIRST_CHANGED = """
            select s.name from roster_import_sponsors st
            join sponsors s on s.region_id = st.region_id and s.id = st.sponsor_id
            where st.region_id = ? and st.import_id = ?
              and ((st.action = 'create' and s.version <> 0) or (st.action = 'update' and s.version <> st.base_version + 1))
            union all
            select s.name
            """ + STAGED_YEARS + """
            join sponsors s on s.region_id = st.region_id and s.id = st.sponsor_id
            left join sponsorships sp on sp.region_id = y.region_id and sp.sponsor_id = st.sponsor_id and sp.fiscal_year = y.fiscal_year
            where y.region_id = ? and y.import_id = ?
              and ((y.action = 'create' and coalesce(sp.version, -1) <> 0)
                or (y.action = 'update' and coalesce(sp.version, -1) <> y.base_version + 1))
            limit 1""";

    private static final String REMOVE_YEARS = """
            delete from sponsorships sp using roster_import_years y
            join roster_import_sponsors st on st.region_id = y.region_id and st.import_id = y.import_id and st.position = y.position
            where y.region_id = ? and y.import_id = ? and y.action = 'create'
              and sp.region_id = y.region_id and sp.sponsor_id = st.sponsor_id and sp.fiscal_year = y.fiscal_year""";

    private static final String RESTORED_YEARS_HISTORY = """
            insert into sponsorship_history (region_id, sponsor_id, fiscal_year, actor, action, reason, changes)
            select y.region_id, st.sponsor_id, y.fiscal_year, ?, 'changed', ?, %s
            """.formatted(ApplySql.yearChanges(true)) + STAGED_YEARS + """
            where y.region_id = ? and y.import_id = ? and y.action = 'update'""";

    private static final String RESTORE_YEARS = """
            update sponsorships sp set status = y.before->>'status', units = (y.before->>'units')::int,
                   unit_fee = (y.before->>'unitFee')::int, fee = (y.before->>'fee')::int,
                   answered_at = case when y.before->>'status' = 'pending' then null
                                      when sp.status <> y.before->>'status' then now() else sp.answered_at end,
                   invoiced_on = (y.before->>'invoicedOn')::date, paid_on = (y.before->>'paidOn')::date,
                   payment_method = y.before->>'paymentMethod', paid_amount = (y.before->>'paidAmount')::int,
                   notes = y.before->>'notes', version = sp.version + 1, updated_at = now()
            """ + STAGED_YEARS + """
            where y.region_id = ? and y.import_id = ? and y.action = 'update'
              and sp.region_id = y.region_id and sp.sponsor_id = st.sponsor_id and sp.fiscal_year = y.fiscal_year""";

    private static final String ARCHIVED_HISTORY = """
            insert into sponsor_history (region_id, sponsor_id, actor, action, changes)
            select st.region_id, st.sponsor_id, ?, 'archived', jsonb_build_array(jsonb_build_object('field', 'import', 'from', null, 'to', ?::text))
            from roster_import_sponsors st join sponsors s on s.region_id = st.region_id and s.id = st.sponsor_id
            where st.region_id = ? and st.import_id = ? and st.action = 'create' and s.archived_at is null""";

    private static final String ARCHIVE_CREATED = """
            update sponsors s set archived_at = now(), version = s.version + 1, updated_at = now()
            from roster_import_sponsors st
            where st.region_id = ? and st.import_id = ? and st.action = 'create'
              and s.region_id = st.region_id and s.id = st.sponsor_id and s.archived_at is null""";

    private static final String RESTORED_SPONSORS_HISTORY = """
            insert into sponsor_history (region_id, sponsor_id, actor, action, changes)
            select st.region_id, st.sponsor_id, ?, 'updated', %s
            from roster_import_sponsors st
            where st.region_id = ? and st.import_id = ? and st.action = 'update'""".formatted(ApplySql.sponsorChanges(true));

    private static final String RESTORE_SPONSORS = """
            update sponsors s set category_code = st.before->>'categoryCode', name = st.before->>'name',
                   name_kana = st.before->>'nameKana', search_key = st.before->>'searchKey',
                   postal_code = st.before->>'postalCode', address = st.before->>'address', phone = st.before->>'phone',
                   email = st.before->>'email', joined_on = (st.before->>'joinedOn')::date, notes = st.before->>'notes',
                   version = s.version + 1, updated_at = now()
            from roster_import_sponsors st
            where st.region_id = ? and st.import_id = ? and st.action = 'update'
              and s.region_id = st.region_id and s.id = st.sponsor_id""";

    private final RegionDatabase database;
    private final RosterImportStore store;

    RosterUndo(RegionDatabase database, RosterImportStore store) {
        this.database = database;
        this.store = store;
    }

    RosterViews.Undone undo(CurrentRegion region, UUID id) {
        String actor = region.caller().username();
        String code = region.code();
        return database.inRegion(region, c -> {
            store.lockApplied(c, code, id);
            RosterApply.lock(c, code);
            String changed = firstChanged(c, code, id);
            if (changed != null) {
                throw new ProblemException(ProblemType.STALE_VERSION, "problem.roster.changedSinceImport", changed);
            }
            int yearsRemoved = RosterApply.execute(c, REMOVE_YEARS, code, id);
            RosterApply.execute(c, RESTORED_YEARS_HISTORY, actor, REASON + id, code, id);
            int yearsRestored = RosterApply.execute(c, RESTORE_YEARS, code, id);
            RosterApply.execute(c, ARCHIVED_HISTORY, actor, id.toString(), code, id);
            int archived = RosterApply.execute(c, ARCHIVE_CREATED, code, id);
            RosterApply.execute(c, RESTORED_SPONSORS_HISTORY, actor, id.toString(), code, id);
            int restored = RosterApply.execute(c, RESTORE_SPONSORS, code, id);
            store.undone(c, code, id);
            return new RosterViews.Undone(id.toString(), "undone", archived, restored, yearsRemoved, yearsRestored);
        });
    }

    private static String firstChanged(Connection c, String region, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(FIRST_CHANGED)) {
            ps.setString(1, region);
            ps.setObject(2, id);
            ps.setString(3, region);
            ps.setObject(4, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
