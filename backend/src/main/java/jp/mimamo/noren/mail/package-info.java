/** Sending email through the configured SMTP server (a real one in every environment; GreenMail in tests). */
package jp.mimamo.noren.mail;
