/**
 * A region admin manages the people of their own region (invite by email, roles, disable) through
 * Keycloak's admin API, using the backend's service account. Every call is checked against membership of
 * the region's Keycloak organization first, so rights never reach another region.
 */
package jp.mimamo.noren.users;
