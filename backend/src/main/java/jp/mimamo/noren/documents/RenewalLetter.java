package jp.mimamo.noren.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a 協賛継続のお願い (request to renew a sponsorship) says to one sponsor: a one-page A4 business letter,
 * 拝啓 … 敬具, followed by 記 … 以上 with last year's sponsorship, the benefits, how to answer and by when.
 * Names are printed as given (髙, 﨑, ①, ㈱ included). Without a contact person the letter is addressed to the
 * organisation (御中), otherwise to the person (様).
 *
 * @param date           the date the letter is sent
 * @param regionName     the watch-over network writing, e.g. みま～も大田
 * @param sponsorName    the sponsoring business
 * @param contactName    its contact person, or null
 * @param fiscalYear     the year asked for, as people say it, e.g. 令和8年度
 * @param lastYearUnits  口数 sponsored last year
 * @param lastYearFee    yen paid last year
 * @param benefits       what a sponsor receives, one item each
 * @param howToAnswer    how to reply (reply postcard, FAX, form …)
 * @param dueDate        the last day to reply
 * @param sender         the office sending the letter
 */
public record RenewalLetter(LocalDate date, String regionName, String sponsorName, String contactName, String fiscalYear,
                            int lastYearUnits, long lastYearFee, List<String> benefits, String howToAnswer,
                            LocalDate dueDate, Sender sender) {

    public RenewalLetter {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(regionName, "regionName");
        Objects.requireNonNull(sponsorName, "sponsorName");
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        Objects.requireNonNull(howToAnswer, "howToAnswer");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(sender, "sender");
        benefits = List.copyOf(benefits);
        if (lastYearUnits < 0 || lastYearFee < 0) {
            throw new IllegalArgumentException("last year's units and fee cannot be negative");
        }
        if (contactName != null && contactName.isBlank()) {
            contactName = null;
        }
    }

    /**
     * The office that sends the letter; every line but the office name is optional (null).
     *
     * @param office     e.g. 大田区地域包括支援センター入新井
     * @param person     who handles replies, e.g. 担当 山田 花子
     */
    public record Sender(String office, String postalCode, String address, String phone, String person) {
        public Sender {
            Objects.requireNonNull(office, "office");
        }
    }
}
