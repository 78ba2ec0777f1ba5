/**
 * The one place that reads and writes tabular files (CSV in UTF-8 or CP932, and .xlsx), a row at a time, for
 * imports and exports.
 */
package jp.mimamo.noren.tables;
