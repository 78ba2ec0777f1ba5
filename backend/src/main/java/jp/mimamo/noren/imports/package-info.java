/**
 * What every file import shares: the background threads that apply imports and the life of an import record
 * (pending, applying with progress, applied, failed, undone, expired). Knows no feature; see docs/adr/0012.
 */
package jp.mimamo.noren.imports;
