package cat.digicanvis.portal.application.text;

import cat.digicanvis.portal.domain.shared.Violation;

/**
 * Broken rules as sentences in a language, for answers that leave the portal by mail (the web layer owns the
 * texts and implements this).
 */
public interface ViolationTexts {

    String describe(Violation violation, String language);
}
