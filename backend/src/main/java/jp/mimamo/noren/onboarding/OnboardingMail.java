package jp.mimamo.noren.onboarding;

import jakarta.inject.Singleton;
import jp.mimamo.noren.mail.MailFailure;
import jp.mimamo.noren.mail.Mailer;
import jp.mimamo.noren.web.KeycloakSettings;

/** The Japanese emails of onboarding, each with its one link. */
@Singleton
class OnboardingMail {
    private final Mailer mailer;
    private final String publicUrl;

    OnboardingMail(Mailer mailer, KeycloakSettings settings) {
        this.mailer = mailer;
        this.publicUrl = settings.publicUrl();
    }

    void verification(String to, String organiser, String regionName, String token) throws MailFailure {
        mailer.send(to, "【みま～も Noren】メールアドレスの確認（" + regionName + "）", organiser + " 様\n\n"
                + "「" + regionName + "」の利用申込みを受け付けました。\n"
                + "次のリンクを開いてメールアドレスを確認すると、申込みが本部に届きます（24時間有効・1回限り）。\n\n"
                + publicUrl + "/apply/verify?token=" + token + "\n\n"
                + "お心当たりのない場合は、このメールを破棄してください。\n");
    }

    void changesRequested(String to, String organiser, String regionName, String note, String token) throws MailFailure {
        mailer.send(to, "【みま～も Noren】申込み内容の修正のお願い（" + regionName + "）", organiser + " 様\n\n"
                + "「" + regionName + "」の申込みについて、本部から修正のお願いがあります。\n\n"
                + "――――\n" + note + "\n――――\n\n"
                + "次のリンクから内容を直して、もう一度送信してください（1回限り）。\n\n"
                + publicUrl + "/apply/edit?token=" + token + "\n");
    }

    void rejected(String to, String organiser, String regionName, String note) throws MailFailure {
        mailer.send(to, "【みま～も Noren】申込みの結果（" + regionName + "）", organiser + " 様\n\n"
                + "「" + regionName + "」の申込みについて、今回はお受けできないことになりました。\n\n"
                + "――――\n" + note + "\n――――\n");
    }

    void invitation(String to, String organiser, String regionName, String code, String token) throws MailFailure {
        mailer.send(to, "【みま～も Noren】「" + regionName + "」の管理者としてご招待します", organiser + " 様\n\n"
                + "「" + regionName + "」（地域コード " + code + "）の申込みが承認され、地域が用意できました。\n"
                + "次のリンクを開いてパスワードを決めると、この地域の最初の管理者としてログインできます（1回限り）。\n\n"
                + publicUrl + "/invitation?token=" + token + "\n");
    }
}
