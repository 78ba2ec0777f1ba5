/**
 * The emergency look-up of a keychain number (緊急照会) by hospitals, police and fire departments: their
 * organisations and members, the look-up itself with its rate limits and break-glass, the notices to the
 * registrant's centre and the region admin's review of emergency disclosures (docs/adr/0013).
 */
package jp.mimamo.noren.lookups;
