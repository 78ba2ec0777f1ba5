package jp.mimamo.noren.billing;

import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemType;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The region's seal. Replacing or removing it only marks the earlier image removed, so documents issued with it
 * print it again on a reprint.
 */
@Singleton
class SealStore {
    private static final String UNIQUE_VIOLATION = "23505";
    private final RegionDatabase database;

    SealStore(RegionDatabase database) {
        this.database = database;
    }

    SealView describe(CurrentRegion region) {
        return database.inRegion(region, c -> {
            String sql = "select media_type, width, height, octet_length(image), uploaded_by, uploaded_at from region_seals"
                    + " where region_id = ? and removed_at is null";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, region.code());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new SealView(true, rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                            rs.getString(5), rs.getTimestamp(6).toInstant()) : SealView.NONE;
                }
            }
        });
    }

    /** The current image and its media type. */
    SealImage current(CurrentRegion region) {
        return database.inRegion(region, c -> {
            String sql = "select image, media_type, width, height from region_seals where region_id = ? and removed_at is null";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, region.code());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new ProblemException(ProblemType.NOT_FOUND, "problem.seal.notUploaded");
                    }
                    return new SealImage(rs.getBytes(1), rs.getString(2), rs.getInt(3), rs.getInt(4));
                }
            }
        });
    }

    SealView upload(CurrentRegion region, byte[] bytes) {
        SealImage image = SealImage.read(bytes);
        try {
            database.inRegion(region, c -> {
                remove(c, region.code());
                String sql = "insert into region_seals (region_id, image, media_type, width, height, uploaded_by) values (?, ?, ?, ?, ?, ?)";
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setString(1, region.code());
                    ps.setBytes(2, image.bytes());
                    ps.setString(3, image.mediaType());
                    ps.setInt(4, image.width());
                    ps.setInt(5, image.height());
                    ps.setString(6, region.caller().username());
                    return ps.executeUpdate();
                }
            });
        } catch (RegionDatabase.DatabaseFailure e) {
            if (UNIQUE_VIOLATION.equals(e.sqlState())) {
                throw new ProblemException(ProblemType.STALE_VERSION, "problem.seal.changedMeanwhile");
            }
            throw e;
        }
        return describe(region);
    }

    void remove(CurrentRegion region) {
        database.inRegion(region, c -> remove(c, region.code()));
    }

    private static int remove(Connection c, String region) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "update region_seals set removed_at = now() where region_id = ? and removed_at is null")) {
            ps.setString(1, region);
            return ps.executeUpdate();
        }
    }

    /** The id of the seal in use, to be kept with a document issued now. */
    static Optional<Long> currentId(Connection c, String region) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select id from region_seals where region_id = ? and removed_at is null")) {
            ps.setString(1, region);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    /** The image a document was issued with, removed since or not. */
    static byte[] image(Connection c, String region, Long sealId) throws SQLException {
        if (sealId == null) {
            return null;
        }
        try (PreparedStatement ps = c.prepareStatement("select image from region_seals where region_id = ? and id = ?")) {
            ps.setString(1, region);
            ps.setLong(2, sealId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        }
    }
}
