package jp.mimamo.noren.statistics;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import jakarta.inject.Named;
import jp.mimamo.noren.tenancy.Roles;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Head office's overview of the regions' own template texts, read through the stats role from a trigger-kept table. */
@Controller("/api/v1/hq/statistics/template-overrides")
@ExecuteOn(TaskExecutors.IO)
@Secured(Roles.HEAD_OFFICE)
class TemplateOverridesController {
    private static final String SQL = """
            select v.template_key, max(v.version), o.region_id, r.name, o.base_version
            from document_template_versions v
            left join template_overrides o on o.template_key = v.template_key
            left join regions r on r.code = o.region_id
            group by v.template_key, o.region_id, r.name, o.base_version
            order by v.template_key, o.region_id""";
    private final DataSource stats;

    TemplateOverridesController(@Named("stats") DataSource stats) {
        this.stats = stats;
    }

    @Get
    TemplateOverridesReport overrides() {
        Map<String, TemplateOverridesReport.Template> byKey = new LinkedHashMap<>();
        try (Connection c = stats.getConnection(); PreparedStatement ps = c.prepareStatement(SQL); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                TemplateOverridesReport.Template template = byKey.computeIfAbsent(rs.getString(1),
                        key -> new TemplateOverridesReport.Template(key, 0, new ArrayList<>()));
                int latest = Math.max(template.latestVersion(), rs.getInt(2));
                List<TemplateOverridesReport.Override> regions = template.regions();
                if (rs.getString(3) != null) {
                    regions.add(new TemplateOverridesReport.Override(rs.getString(3), rs.getString(4), rs.getInt(5)));
                }
                byKey.put(template.key(), new TemplateOverridesReport.Template(template.key(), latest, regions));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the template overrides", e);
        }
        return new TemplateOverridesReport(List.copyOf(byKey.values()));
    }
}
