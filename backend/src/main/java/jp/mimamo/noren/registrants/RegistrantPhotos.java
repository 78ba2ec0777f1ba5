package jp.mimamo.noren.registrants;

import jakarta.inject.Singleton;
import jp.mimamo.noren.audit.AccessEntry;
import jp.mimamo.noren.audit.AccessLog;
import jp.mimamo.noren.audit.ClientInfo;
import jp.mimamo.noren.audit.Reader;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemType;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A registrant's photo: uploaded, replaced and removed by the registrant's own centre; seen by whoever sees the
 * full record (their centre, or another reader who gave a reason), each showing written to the access log.
 * <p>
 * Other features read a photo with {@link #find(Connection, String, long)}, inside their own region transaction,
 * and write their own access-log entry for it in that transaction.
 */
@Singleton
public class RegistrantPhotos {
    static final List<String> SECTIONS = List.of("photo");
    private final RegionDatabase database;
    private final AccessLog log;

    RegistrantPhotos(RegionDatabase database, AccessLog log) {
        this.database = database;
        this.log = log;
    }

    /**
     * The photo of a registrant of {@code region}, if there is one. Checks no access rule and writes no log entry:
     * the caller does both, on the same connection.
     */
    public static Optional<RegistrantPhoto> find(Connection c, String region, long registrantId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select media_type, image, width, height, updated_by, updated_at"
                + " from registrant_photos where region_id = ? and registrant_id = ?")) {
            ps.setString(1, region);
            ps.setLong(2, registrantId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new RegistrantPhoto(registrantId,
                        new RegistrantPhoto.Image(rs.getBytes(2), rs.getString(1), rs.getInt(3), rs.getInt(4)),
                        rs.getString(5), rs.getTimestamp(6).toInstant()));
            }
        }
    }

    RegistrantPhoto show(CurrentRegion region, long id, String reason, ClientInfo client, Locale locale) {
        String purpose = RegistrantAccess.reason(reason, locale);
        return database.inRegion(region, c -> {
            Reader reader = Reader.of(c, region, client);
            RegistrantAccess.Subject subject = RegistrantAccess.find(c, region.code(), id);
            if (!RegistrantAccess.seesFull(reader, subject, purpose)) {
                throw new ProblemException(ProblemType.FORBIDDEN, "problem.photo.reasonNeeded");
            }
            RegistrantPhoto photo = find(c, region.code(), id)
                    .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "problem.photo.none"));
            log.record(c, region, reader, AccessEntry.read(id, SECTIONS, AccessEntry.Access.FULL, purpose));
            return photo;
        });
    }

    RegistrantPhoto.View upload(CurrentRegion region, long id, byte[] bytes, ClientInfo client) {
        RegistrantPhoto.Image image = PhotoImage.clean(bytes);
        return database.inRegion(region, c -> {
            Reader reader = Reader.of(c, region, client);
            RegistrantAccess.Subject subject = RegistrantAccess.forChange(c, region.code(), reader, id);
            if (subject.erased()) {
                throw new ProblemException(ProblemType.CONFLICT, "problem.registrant.erased");
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into registrant_photos (region_id, registrant_id, media_type, image, width, height, updated_by)
                    values (?, ?, ?, ?, ?, ?, ?)
                    on conflict (region_id, registrant_id) do update set media_type = excluded.media_type, image = excluded.image,
                        width = excluded.width, height = excluded.height, updated_by = excluded.updated_by, updated_at = now()""")) {
                ps.setString(1, region.code());
                ps.setLong(2, id);
                ps.setString(3, image.mediaType());
                ps.setBytes(4, image.bytes());
                ps.setInt(5, image.width());
                ps.setInt(6, image.height());
                ps.setString(7, reader.username());
                ps.executeUpdate();
            }
            log.record(c, region, reader, AccessEntry.written(id, "update", SECTIONS));
            return find(c, region.code(), id).orElseThrow().view();
        });
    }

    void remove(CurrentRegion region, long id, ClientInfo client) {
        database.inRegion(region, c -> {
            Reader reader = Reader.of(c, region, client);
            RegistrantAccess.forChange(c, region.code(), reader, id);
            try (PreparedStatement ps = c.prepareStatement("delete from registrant_photos where region_id = ? and registrant_id = ?")) {
                ps.setString(1, region.code());
                ps.setLong(2, id);
                if (ps.executeUpdate() == 0) {
                    throw new ProblemException(ProblemType.NOT_FOUND, "problem.photo.none");
                }
            }
            log.record(c, region, reader, AccessEntry.written(id, "update", SECTIONS));
            return null;
        });
    }
}
