package jp.mimamo.noren.registrants;

import io.micronaut.context.annotation.Factory;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jp.mimamo.noren.documents.DocumentText;
import jp.mimamo.noren.documents.MailMerge;
import jp.mimamo.noren.documents.TemplateKind;
import jp.mimamo.noren.documents.TemplateKind.Placeholder;
import jp.mimamo.noren.documents.TextLetter;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The consent form (同意書) a registrant signs, from head office's template library. Its version name (第3版, or
 * 第3版・地域改訂2 for the region's own wording) is printed on the form and is what a registration records as
 * {@link Consent#formVersion()}.
 */
@Singleton
class ConsentForm {
    static final String KEY = "consent-form";
    private final RegionDatabase database;

    ConsentForm(RegionDatabase database) {
        this.database = database;
    }

    View inForce(CurrentRegion region) {
        return database.inRegion(region, c -> {
            DocumentText text = DocumentText.inForce(c, region.code(), KEY);
            Map<String, String> values = Map.of("regionName", region.region().name(), "formVersion", text.label());
            return new View(text.label(), text.version(), text.regionRevision(), text.subject(values), text.body(values));
        });
    }

    byte[] pdf(CurrentRegion region) {
        View form = inForce(region);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            MailMerge.writeTextLetters(out, form.title(), List.of(new TextLetter(LocalDate.now(ZoneId.of("Asia/Tokyo")), form.title(), form.text())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The form in force: the version name to record with a consent, and the filled-in title and text. */
    @Serdeable
    record View(String formVersion, int version, Integer regionRevision, String title, String text) {
    }

    @Factory
    static class Kind {
        @Singleton
        TemplateKind consentForm() {
            return new TemplateKind(KEY, "同意書（キーホルダー登録）", "Consent form (keychain registration)", true, List.of(
                    new Placeholder("regionName", "地域（ネットワーク）の名称", "Region (network) name", "おおた高齢者見守りネットワーク"),
                    new Placeholder("formVersion", "同意書の版", "Form version", "第1版")));
        }
    }
}
