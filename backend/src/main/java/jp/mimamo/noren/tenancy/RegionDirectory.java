package jp.mimamo.noren.tenancy;

import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The list of regions (not region-owned: it is the directory of tenants). Look-ups are cached briefly
 * because every region-scoped request resolves its region; a second instance only sees changes up to
 * {@link #TTL} later, which is harmless for names and codes.
 */
@Singleton
public class RegionDirectory {
    static final Duration TTL = Duration.ofSeconds(30);
    private static final String COLUMNS = "code, name, name_en";

    private final DataSource dataSource;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    RegionDirectory(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<Region> find(String code) {
        Cached cached = cache.get(code);
        if (cached != null && cached.until.isAfter(Instant.now())) {
            return cached.region;
        }
        Optional<Region> region = query("select " + COLUMNS + " from regions where code = ? and status = 'active'", code)
                .stream().findFirst();
        cache.put(code, new Cached(region, Instant.now().plus(TTL)));
        return region;
    }

    public List<Region> all() {
        return query("select " + COLUMNS + " from regions where status = 'active' order by created_at, code", null);
    }

    /** A region whether active or suspended (head office's view), uncached. */
    public Optional<Region> named(String code) {
        return query("select " + COLUMNS + " from regions where code = ?", code).stream().findFirst();
    }

    /** Whether the region exists but head office has suspended it: its people are refused, its data is kept. */
    public boolean isSuspended(String code) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select 1 from regions where code = ? and status = 'suspended'")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read regions", e);
        }
    }

    /** Suspends or reactivates a region; false when there is no such region. Takes effect at once on this instance. */
    public boolean setStatus(String code, boolean active) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("update regions set status = ? where code = ?")) {
            ps.setString(1, active ? "active" : "suspended");
            ps.setString(2, code);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not change region " + code, e);
        } finally {
            forget(code);
        }
    }

    /** Drops the cached look-up of a region that was just created or changed. */
    public void forget(String code) {
        cache.remove(code);
    }

    /** Creates the region if it does not exist; used by the demo data and by onboarding. */
    public void ensure(Region region) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "insert into regions (code, name, name_en) values (?, ?, ?) on conflict (code) do nothing")) {
            ps.setString(1, region.code());
            ps.setString(2, region.name());
            ps.setString(3, region.nameEn());
            ps.executeUpdate();
            cache.remove(region.code());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create region " + region.code(), e);
        }
    }

    private List<Region> query(String sql, String code) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (code != null) {
                ps.setString(1, code);
            }
            List<Region> regions = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    regions.add(new Region(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            return regions;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read regions", e);
        }
    }

    private record Cached(Optional<Region> region, Instant until) {
    }
}
