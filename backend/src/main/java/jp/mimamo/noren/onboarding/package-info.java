/**
 * Self-service onboarding of a new region (のれん分け): an organiser applies on a public page and confirms
 * their email; head office approves, asks for changes or rejects; approval provisions the region in resumable
 * steps (regions row, keychain prefix, Keycloak organization, the first admin's invitation); the new region's
 * admin follows a launch checklist. Head office also suspends, reactivates and exports a region.
 */
package jp.mimamo.noren.onboarding;
