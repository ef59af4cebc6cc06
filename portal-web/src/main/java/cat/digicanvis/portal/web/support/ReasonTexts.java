package cat.digicanvis.portal.web.support;

import cat.digicanvis.portal.application.recommendation.ReasonView;
import cat.digicanvis.portal.web.i18n.Languages;
import cat.digicanvis.portal.web.i18n.LocaleView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * A recommendation's or a similar project's reason in words, in the reader's language: one wording for the
 * pages ({@code #{reasons.text(why)}}) and the API. On a sheet's "projects like this", the co-interest names
 * no project (it is the sheet being read); on recommendations it names the project the body followed.
 */
@Named("reasons")
@RequestScoped
public class ReasonTexts {

    @Inject
    LocaleView localeView;

    public String text(ReasonView why) {
        return text(why, localeView.getLocale(), false);
    }

    public String similar(ReasonView why) {
        return text(why, localeView.getLocale(), true);
    }

    public static String text(ReasonView why, Locale locale, boolean onSheet) {
        NumberFormat n = NumberFormat.getIntegerInstance(locale);
        String key = "reason." + why.kind();
        return switch (why.kind()) {
            case "NEED", "YOUR_INTEREST", "SAME_AREA" -> format(locale, key, Labels.named(locale, "area.", why.value()));
            case "SIMILAR_POPULATION" -> format(locale, key, n.format(why.theirs()), n.format(why.mine()));
            case "NEARBY" -> format(locale, key, n.format(why.theirs()));
            case "SAME_PHASE" -> format(locale, key, Labels.named(locale, "phase.", why.value()));
            case "PEERS_RATED", "POPULAR", "SIMILAR_BODIES" -> format(locale, key, why.count());
            case "LED_PROJECTS" -> format(locale, key, why.count(), Labels.named(locale, "area.", why.value()));
            case "ALSO_INTERESTED" -> onSheet ? format(locale, "reason.ALSO_INTERESTED_THIS", why.count())
                    : format(locale, key, why.count(), why.value());
            case "SAME_TECHNOLOGY" -> format(locale, key, why.value());
            default -> Languages.text(locale, key);
        };
    }

    private static String format(Locale locale, String key, Object... args) {
        return Messages.format(locale, Languages.text(locale, key), args);
    }
}
