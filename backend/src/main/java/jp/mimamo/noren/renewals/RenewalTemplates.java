package jp.mimamo.noren.renewals;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import jp.mimamo.noren.documents.TemplateKind;
import jp.mimamo.noren.documents.TemplateKind.Placeholder;

import java.util.List;

/**
 * The renewal texts head office keeps in its template library, and the placeholders the renewal fills in. The request
 * is used for the first step, the reminder for both reminders; each serves the email and the printed letter alike.
 */
@Factory
class RenewalTemplates {
    static final String REQUEST = "renewal-request";
    static final String REMINDER = "renewal-reminder";
    private static final List<Placeholder> PLACEHOLDERS = List.of(
            new Placeholder("sponsorName", "協賛先の名称", "Sponsor name", "大森中央病院"),
            new Placeholder("contactName", "担当者名（なければ「ご担当者」）", "Contact person (else ご担当者)", "山田 花子"),
            new Placeholder("regionName", "地域（ネットワーク）の名称", "Region (network) name", "みま～も大田"),
            new Placeholder("fiscalYear", "年度（和暦）", "Fiscal year (Japanese era)", "令和8年度"),
            new Placeholder("fiscalYearLabel", "年度（和暦と西暦）", "Fiscal year (era and western)", "令和8年度（2026年度）"),
            new Placeholder("units", "前年度の口数", "Last year's units", "2"),
            new Placeholder("fee", "前年度の協賛金", "Last year's fee", "20,000円"),
            new Placeholder("benefits", "協賛特典", "Benefits", "講座でのご紹介、広報誌への掲載"),
            new Placeholder("dueDate", "回答期限", "Answer due date", "令和8年5月29日（2026-05-29）"),
            new Placeholder("howToAnswer", "回答の方法（メールと郵送で異なる）", "How to answer (differs for email and post)",
                    RenewalRequestLetter.HOW_TO_ANSWER_BY_EMAIL));

    static String keyFor(String step) {
        return step.equals("request") ? REQUEST : REMINDER;
    }

    @Singleton
    TemplateKind request() {
        return new TemplateKind(REQUEST, "協賛継続のお願い（依頼）", "Renewal request", true, PLACEHOLDERS);
    }

    @Singleton
    TemplateKind reminder() {
        return new TemplateKind(REMINDER, "協賛継続のお願い（催促）", "Renewal reminder", true, PLACEHOLDERS);
    }
}
