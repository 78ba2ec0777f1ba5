/**
 * Sponsorship years and the yearly renewal (年度更新制): one row per sponsor per fiscal year that is never
 * overwritten, the renewal campaign that opens next year's rows, answers, invoices and payments, and the
 * campaign dashboard. The rules live in {@link jp.mimamo.noren.renewals.RenewalPolicy}.
 */
package jp.mimamo.noren.renewals;
