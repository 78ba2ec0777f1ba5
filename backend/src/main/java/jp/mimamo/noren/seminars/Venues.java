package jp.mimamo.noren.seminars;

import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.shared.JapaneseText;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The places seminars are held: the station, community halls. Archived venues stay on past seminars. */
@Singleton
class Venues {
    private static final String COLUMNS = "id, name, address, capacity, notes, archived_at is not null, version";
    private final RegionDatabase database;

    Venues(RegionDatabase database) {
        this.database = database;
    }

    List<VenueView> list(CurrentRegion region) {
        return database.inRegion(region, c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS
                    + " from seminar_venues where region_id = ? order by archived_at is not null, name")) {
                ps.setString(1, region.code());
                List<VenueView> venues = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        venues.add(view(rs));
                    }
                }
                return venues;
            }
        });
    }

    VenueView create(CurrentRegion region, VenueForm form, Locale locale) {
        Valid valid = validate(form, locale);
        return database.inRegion(region, c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into seminar_venues (region_id, name, address, capacity, notes)"
                    + " values (?, ?, ?, ?, ?) returning " + COLUMNS)) {
                ps.setString(1, region.code());
                bind(ps, 2, valid);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return view(rs);
                }
            }
        });
    }

    VenueView edit(CurrentRegion region, long id, VenueForm form, Locale locale) {
        Valid valid = validate(form, locale);
        if (form.version() == null) {
            FormErrors errors = new FormErrors(locale);
            errors.reject("version", "validation.required");
            errors.throwIfAny();
        }
        return database.inRegion(region, c -> {
            requireVenue(c, region.code(), id);
            try (PreparedStatement ps = c.prepareStatement("update seminar_venues set name = ?, address = ?, capacity = ?, notes = ?,"
                    + " archived_at = case when ? then coalesce(archived_at, now()) end, version = version + 1, updated_at = now()"
                    + " where region_id = ? and id = ? and version = ? returning " + COLUMNS)) {
                bind(ps, 1, valid);
                ps.setBoolean(5, Boolean.TRUE.equals(form.archived()));
                ps.setString(6, region.code());
                ps.setLong(7, id);
                ps.setInt(8, form.version());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw ProblemException.staleVersion();
                    }
                    return view(rs);
                }
            }
        });
    }

    static void requireVenue(Connection c, String region, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select 1 from seminar_venues where region_id = ? and id = ?")) {
            ps.setString(1, region);
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw ProblemException.notFound();
                }
            }
        }
    }

    private record Valid(String name, String address, Integer capacity, String notes) {
    }

    private static Valid validate(VenueForm form, Locale locale) {
        FormErrors errors = new FormErrors(locale);
        String name = JapaneseText.trimmed(form.name());
        if (name == null) {
            errors.reject("name", "validation.required");
        } else if (name.length() > 200) {
            errors.reject("name", "validation.tooLong", 200);
        }
        String address = JapaneseText.trimmed(form.address());
        if (address != null && address.length() > 400) {
            errors.reject("address", "validation.tooLong", 400);
        }
        if (form.capacity() != null && (form.capacity() < 1 || form.capacity() > SeminarRules.MAX_CAPACITY)) {
            errors.reject("capacity", "validation.range", 1, SeminarRules.MAX_CAPACITY);
        }
        String notes = JapaneseText.trimmed(form.notes());
        if (notes != null && notes.length() > 2000) {
            errors.reject("notes", "validation.tooLong", 2000);
        }
        errors.throwIfAny();
        return new Valid(name, address, form.capacity(), notes);
    }

    private static void bind(PreparedStatement ps, int first, Valid valid) throws SQLException {
        ps.setString(first, valid.name());
        ps.setString(first + 1, valid.address());
        if (valid.capacity() == null) {
            ps.setNull(first + 2, Types.INTEGER);
        } else {
            ps.setInt(first + 2, valid.capacity());
        }
        ps.setString(first + 3, valid.notes());
    }

    private static VenueView view(ResultSet rs) throws SQLException {
        int capacity = rs.getInt(4);
        Integer cap = rs.wasNull() ? null : capacity;
        return new VenueView(rs.getLong(1), rs.getString(2), rs.getString(3), cap, rs.getString(5), rs.getBoolean(6), rs.getInt(7));
    }
}
