/**
 * Infrastructure: the backend's service-account client for Keycloak's admin REST API, shared by the features
 * that manage people and organizations (users, onboarding). It knows no feature.
 */
package jp.mimamo.noren.identity;
