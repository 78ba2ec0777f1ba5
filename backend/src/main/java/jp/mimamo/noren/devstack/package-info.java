/**
 * The zero-configuration stack behind the run command and the tests: an embedded PostgreSQL with the three
 * roles, Keycloak from its Maven Central distribution, and a local SMTP server. Never used in production,
 * where every piece is configured instead.
 */
package jp.mimamo.noren.devstack;
