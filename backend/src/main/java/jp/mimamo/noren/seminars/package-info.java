/**
 * Seminars and courses (地域づくりセミナー, 講座): venues, the plan of a one-off seminar or a course series and the
 * organisations that run it (with the rule of three, {@link jp.mimamo.noren.seminars.RuleOfThree}), registrations
 * with a capacity held by a row lock and a waitlist that moves up by itself, attendance at the door, and the
 * participation figures a region reports. Other features read what a sponsor did here through the database view
 * {@code sponsor_seminar_activity}, or through {@link jp.mimamo.noren.seminars.SponsorSeminarActivity}.
 */
package jp.mimamo.noren.seminars;
