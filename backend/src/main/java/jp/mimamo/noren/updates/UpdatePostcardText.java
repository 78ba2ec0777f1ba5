package jp.mimamo.noren.updates;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import jp.mimamo.noren.documents.TemplateKind;
import jp.mimamo.noren.documents.TemplateKind.Placeholder;

import java.util.List;

/** The update postcard's text in head office's template library, and the placeholders the postcards fill in. */
@Factory
class UpdatePostcardText {
    static final String KEY = "update-postcard";
    static final List<Placeholder> PLACEHOLDERS = List.of(
            new Placeholder("registrantName", "登録者の氏名", "Registrant's name", "山田 ハナ"),
            new Placeholder("birthMonth", "誕生月", "Birth month", "11月"),
            new Placeholder("centreName", "担当センターの名称", "Centre name", "大森地域包括支援センター"),
            new Placeholder("centrePhone", "担当センターの電話番号", "Centre phone", "03-3762-1111"),
            new Placeholder("centreAddress", "担当センターの住所", "Centre address", "東京都大田区大森西1-2-3"),
            new Placeholder("lastUpdatedOn", "前回確認した日（和暦）", "Last confirmed on (Japanese era)", "令和7年11月12日"),
            new Placeholder("regionName", "地域（ネットワーク）の名称", "Region (network) name", "みま～も大田"));

    @Singleton
    TemplateKind updatePostcard() {
        return new TemplateKind(KEY, "誕生月更新のお知らせ（はがき・手紙）", "Birth-month update postcard", true, PLACEHOLDERS);
    }
}
