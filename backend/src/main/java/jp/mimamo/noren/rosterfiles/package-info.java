/**
 * The roster as a file: a region admin exports the sponsors and their years to CSV/.xlsx, edits them in Excel (or
 * brings the files the region already keeps, with a saved column mapping) and imports them back: preview, apply in
 * the background, undo (ADR 0008). Reads and writes files only through {@code tables}; validates with the sponsor
 * rules and charges years with the renewal fee rule.
 */
package jp.mimamo.noren.rosterfiles;
