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

    /** Creates the region if it does not exist; used by the demo data and, later, by onboarding. */
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
