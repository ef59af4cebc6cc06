package cat.digicanvis.portal.application.request;

import cat.digicanvis.portal.application.recommendation.RecommenderDataChanged;
import cat.digicanvis.portal.domain.model.recommendation.RecommendationRepository;
import cat.digicanvis.portal.domain.model.request.ContactRequest;
import cat.digicanvis.portal.domain.model.request.ContactRequestRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/** What a request tells the recommender: a sign of interest while it stands, taken back when it no longer does. */
@ApplicationScoped
public class RequestInterest {

    @Inject
    ContactRequestRepository requests;
    @Inject
    RecommendationRepository interactions;
    @Inject
    Event<RecommenderDataChanged> recommenderData;

    /**
     * A request that ended without taking place (withdrawn, rejected, declined, cancelled) is no longer a sign of
     * interest, unless another of the same person, body and kind about the sheet still stands.
     */
    public void forget(ContactRequest r) {
        if (r.getSheetId() == null || r.getRequester() == null) {
            return;
        }
        long from = r.getFromBody().getId();
        long account = r.getRequester().getId();
        if (!requests.liveAbout(from, account, r.getSheetId(), r.getKind())) {
            interactions.withdraw(from, account, r.getSheetId(), r.getKind().interaction());
            recommenderData.fire(new RecommenderDataChanged(from));
        }
    }
}
