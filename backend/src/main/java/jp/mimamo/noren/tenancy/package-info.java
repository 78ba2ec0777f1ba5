/**
 * The only place that knows how a region (tenant) is resolved from a request and bound to a database
 * connection. Features receive a {@link jp.mimamo.noren.tenancy.CurrentRegion} and run their SQL through
 * {@link jp.mimamo.noren.tenancy.RegionDatabase}; see docs/tenancy.md.
 */
package jp.mimamo.noren.tenancy;
