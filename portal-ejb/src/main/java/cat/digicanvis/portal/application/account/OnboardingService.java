package cat.digicanvis.portal.application.account;

import cat.digicanvis.portal.application.recommendation.RecommendationService;
import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.domain.model.membership.MembershipRepository;
import cat.digicanvis.portal.domain.model.membership.MembershipStatus;
import cat.digicanvis.portal.domain.model.project.ProjectSheetRepository;
import cat.digicanvis.portal.domain.model.recommendation.InteractionKind;
import cat.digicanvis.portal.domain.model.recommendation.RecommendationRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;

/** A signed-in person's next steps ({@link NextSteps}), read from what they did. */
@Stateless
public class OnboardingService {

    @Inject
    MembershipRepository memberships;
    @Inject
    RecommendationRepository recommendations;
    @Inject
    ProjectSheetRepository sheets;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public NextSteps nextSteps(Actor actor) {
        actor.require(actor.isSignedIn(), "nextSteps.view");
        long me = actor.accountId();
        boolean joined = !actor.memberOf().isEmpty();
        boolean pending = !joined && memberships.byAccount(me).stream()
                .anyMatch(m -> m.getStatus() == MembershipStatus.REQUESTED);
        Optional<Long> body = RecommendationService.primaryBody(actor);
        boolean profiled = body.flatMap(recommendations::profile).isPresent();
        boolean saved = !recommendations.sheetsMarkedBy(me, InteractionKind.BOOKMARK).isEmpty();
        boolean wrote = !sheets.byAuthor(me).isEmpty();
        return new NextSteps(joined, pending, profiled, saved, wrote);
    }
}
