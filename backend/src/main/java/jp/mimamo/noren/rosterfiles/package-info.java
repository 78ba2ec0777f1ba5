/**
 * The roster as a file: a region admin exports the sponsors to CSV/.xlsx, edits them in Excel and imports them back
 * (preview → apply → undo). Reads and writes files only through {@code tables}; validates with the sponsor rules.
 */
package jp.mimamo.noren.rosterfiles;
