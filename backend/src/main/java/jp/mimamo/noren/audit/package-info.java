/**
 * The append-only log of every access to a registrant's personal data: who (user, roles, centre), when, which
 * record and which parts of it, why, from where. Features write an entry in the same transaction as the read;
 * the database refuses to change or remove one (see docs/adr/0010). Depends on no feature.
 */
package jp.mimamo.noren.audit;
