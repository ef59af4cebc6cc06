package cat.digicanvis.portal.web.account;

import cat.digicanvis.portal.application.recommendation.RecommendationService;
import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.web.support.Pages;
import java.util.Optional;

/** The {@code body} parameter of the profile and recommendation pages. */
final class BodyParameter {

    private BodyParameter() {
    }

    /**
     * The body asked for, or the person's first body when none is; empty after answering the request
     * itself: a malformed id is 404, and someone with no body is sent to ask to join one.
     */
    static Optional<Long> resolve(String raw, Actor actor) {
        if (raw == null || raw.isBlank()) {
            Optional<Long> primary = RecommendationService.primaryBody(actor);
            if (primary.isEmpty()) {
                Pages.redirect("/account/memberships.xhtml");
            }
            return primary;
        }
        Long id = Pages.parseId(raw);
        if (id == null) {
            Pages.notFound();
        }
        return Optional.ofNullable(id);
    }
}
