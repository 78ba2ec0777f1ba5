/** Database plumbing: migrations run as the owner role, and the start-up checks on the roles the app uses. */
package jp.mimamo.noren.database;
