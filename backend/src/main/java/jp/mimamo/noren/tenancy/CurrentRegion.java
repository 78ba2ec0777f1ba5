package jp.mimamo.noren.tenancy;

/** The region a region-scoped request works in, already checked against the caller's membership. */
public record CurrentRegion(Region region, Caller caller) {
    public String code() {
        return region.code();
    }
}
