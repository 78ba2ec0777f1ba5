/**
 * The watch-over keychain registry (見守りキーホルダー登録): older residents registered with their consent, their
 * connections (つながり), medical notes and status, who may see how much of them (see {@link
 * jp.mimamo.noren.registrants.RegistrantAccess} and docs/adr/0010), and the region's retention after a withdrawal.
 */
package jp.mimamo.noren.registrants;
