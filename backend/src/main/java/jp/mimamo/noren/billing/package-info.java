/**
 * Invoices (請求書) and receipts (領収書) for sponsorship fees, and the region's seal (印影) printed on them. Each
 * is issued once per sponsor and year, numbered without gaps per region and year, and keeps what it said when it was
 * issued. The sponsorship years themselves belong to renewals; this package reads them and records its issues in
 * their history through the database.
 */
package jp.mimamo.noren.billing;
