package jp.mimamo.noren.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import jp.mimamo.noren.centres.Centres;
import jp.mimamo.noren.keychains.Keychains;
import jp.mimamo.noren.lookups.ResponderOrganisations;
import jp.mimamo.noren.registrants.Registrants;
import jp.mimamo.noren.renewals.RenewalCampaign;
import jp.mimamo.noren.renewals.Sponsorships;
import jp.mimamo.noren.sponsors.SponsorService;
import jp.mimamo.noren.tenancy.Caller;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;
import jp.mimamo.noren.tenancy.RegionDirectory;
import jp.mimamo.noren.tenancy.Roles;
import jp.mimamo.noren.updates.PastUpdates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Creates the demo regions (ota, yamato, kishiwada, otaru) and fills an empty roster and an empty registry once.
 * Data entered afterwards is never touched: a region that already has sponsors, or centres, keeps them as they are.
 */
@Singleton
@Requires(property = "noren.demo.enabled", value = "true")
class DemoData {
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private final RegionDirectory directory;
    private final RegionDatabase database;
    private final SponsorService sponsors;
    private final Sponsorships sponsorships;
    private final RenewalCampaign campaign;
    private final Centres centres;
    private final Registrants registrants;
    private final Keychains keychains;
    private final PastUpdates pastUpdates;
    private final ResponderOrganisations responders;

    DemoData(RegionDirectory directory, RegionDatabase database, SponsorService sponsors, Sponsorships sponsorships,
             RenewalCampaign campaign, Centres centres, Registrants registrants, Keychains keychains, PastUpdates pastUpdates,
             ResponderOrganisations responders) {
        this.directory = directory;
        this.database = database;
        this.sponsors = sponsors;
        this.sponsorships = sponsorships;
        this.campaign = campaign;
        this.centres = centres;
        this.registrants = registrants;
        this.keychains = keychains;
        this.pastUpdates = pastUpdates;
        this.responders = responders;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        for (DemoRegion demo : DemoRegion.all()) {
            directory.ensure(demo.region());
            if (count(demo, "sponsors") == 0) {
                CurrentRegion region = new CurrentRegion(demo.region(),
                        new Caller("demo", "デモデータ", null, Set.of(Roles.REGION_ADMIN), List.of(demo.region().code())));
                List<Long> ids = DemoRoster.of(demo).stream().map(form -> sponsors.register(region, form, Locale.JAPANESE).id()).toList();
                DemoRenewals.seed(region, ids, sponsorships, campaign);
                LOG.info("Demo roster created for {}", demo.region().code());
            }
            if (count(demo, "centres") == 0) {
                List<Long> firstCentre = DemoRegistry.seed(demo, centres, registrants, keychains);
                DemoUpdates.seed(demo.region().code(), demo.staffUser() == null ? "demo" : demo.staffUser(), firstCentre, pastUpdates);
                LOG.info("Demo centres and registrants created for {}", demo.region().code());
            }
            if (DemoResponders.seed(demo, responders, responderOrganisationNames(demo))) {
                LOG.info("Demo responder organisations created for {}", demo.region().code());
            }
        }
    }

    /** The names of the region's responder organisations: the demo adds only the ones it does not find. */
    private Set<String> responderOrganisationNames(DemoRegion demo) {
        return database.inRegion(demo.region().code(), c -> {
            Set<String> names = new HashSet<>();
            try (var ps = c.prepareStatement("select name from responder_organisations where region_id = ?")) {
                ps.setString(1, demo.region().code());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                }
            }
            return names;
        });
    }

    private long count(DemoRegion demo, String table) {
        return database.inRegion(demo.region().code(), c -> {
            try (var ps = c.prepareStatement("select count(*) from " + table + " where region_id = ?")) {
                ps.setString(1, demo.region().code());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }
}
