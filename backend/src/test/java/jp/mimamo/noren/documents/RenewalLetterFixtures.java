package jp.mimamo.noren.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** Letters as a region would send them; the names carry characters that exist only in CP932 (髙, 﨑, ①, ㈱). */
final class RenewalLetterFixtures {
    private RenewalLetterFixtures() {
    }

    static RenewalLetter aLetterToTakasakiPharmacy() {
        return letterTo("㈱髙﨑薬局", "髙﨑 一郎");
    }

    static RenewalLetter letterTo(String sponsorName, String contactName) {
        return new RenewalLetter(LocalDate.of(2026, 3, 2), "みま～も大田", sponsorName, contactName, "令和8年度",
                2, 24_000,
                List.of("① 店頭への協賛ステッカーの掲示", "② 見守り通信への事業所名の掲載", "③ 地域づくりセミナーへのご招待"),
                "同封の返信用はがきに「継続する」「継続しない」のいずれかをご記入のうえ、ご投函ください。FAX（03-1234-5679）でも承ります。",
                LocalDate.of(2026, 4, 30),
                new RenewalLetter.Sender("大田区地域包括支援センター入新井", "143-0016", "東京都大田区大森北1-2-3",
                        "03-1234-5678", "担当　山田 花子"));
    }

    static Iterable<RenewalLetter> numbered(int count) {
        return () -> IntStream.rangeClosed(1, count)
                .mapToObj(i -> letterTo("協賛事業所" + i + "号㈱", i % 2 == 0 ? null : "髙﨑 " + i))
                .iterator();
    }
}
