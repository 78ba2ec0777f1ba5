/**
 * The watch-over keychain registry (見守りキーホルダー登録): older residents registered with their consent, their
 * connections (つながり), medical notes, photo and status, who may see how much of them (see {@link
 * jp.mimamo.noren.registrants.RegistrantAccess} and docs/adr/0010), and the region's retention after a withdrawal.
 * <p>
 * For other features: {@link jp.mimamo.noren.registrants.RegistrantPhotos#find(java.sql.Connection, String, long)}
 * gives a registrant's photo ({@link jp.mimamo.noren.registrants.RegistrantPhoto}: bytes, media type, size) on the
 * caller's own region connection; the caller decides who may see it and writes the access-log entry for showing it
 * in the same transaction. {@link jp.mimamo.noren.registrants.RegistrantRules#validate} checks a registrant as the
 * registry's forms do (the registry import uses it).
 */
package jp.mimamo.noren.registrants;
