/** What the browser needs around the API: the SPA itself, its start-up configuration and the caller's profile. */
package jp.mimamo.noren.web;
