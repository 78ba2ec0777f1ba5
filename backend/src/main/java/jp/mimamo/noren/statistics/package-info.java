/**
 * The one place with cross-region reads. It connects as the stats role, which can read the regions
 * directory, the shared templates and the rollups, and nothing that holds a region's records.
 */
package jp.mimamo.noren.statistics;
