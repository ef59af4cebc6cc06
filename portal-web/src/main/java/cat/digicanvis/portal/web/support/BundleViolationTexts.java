package cat.digicanvis.portal.web.support;

import cat.digicanvis.portal.application.text.ViolationTexts;
import cat.digicanvis.portal.domain.shared.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/** The portal's own messages for broken rules, in the language of a mail's recipient. */
@ApplicationScoped
public class BundleViolationTexts implements ViolationTexts {

    @Override
    public String describe(Violation violation, String language) {
        return Messages.describe(violation, Locale.forLanguageTag(language == null ? "ca" : language));
    }
}
