/**
 * Watch-over keychain numbers (登録番号): the format with its region prefix and Damm check digit, the random
 * generator, every number ever issued (never reused), revoking a lost keychain and issuing a new one, the staff's
 * check of a number, and the printable cards. See docs/adr/0009.
 */
package jp.mimamo.noren.keychains;
