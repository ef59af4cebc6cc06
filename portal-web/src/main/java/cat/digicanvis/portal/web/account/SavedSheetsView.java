package cat.digicanvis.portal.web.account;

import cat.digicanvis.portal.application.recommendation.RecommendationService;
import cat.digicanvis.portal.web.support.CardView;
import cat.digicanvis.portal.web.support.Cards;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The sheets a person saved with "Save the sheet" (account/saved.xhtml), as catalogue cards. */
@Named
@RequestScoped
public class SavedSheetsView {

    @Inject
    RecommendationService recommendations;
    @Inject
    CurrentUser me;
    @Inject
    Cards cards;

    private List<CardView> saved;

    public List<CardView> getCards() {
        if (saved == null) {
            saved = recommendations.saved(me.actor()).stream().map(e -> cards.of(e, null)).toList();
        }
        return saved;
    }
}
