package cat.digicanvis.portal.web.home;

import cat.digicanvis.portal.application.account.NextSteps;
import cat.digicanvis.portal.application.account.OnboardingService;
import cat.digicanvis.portal.web.account.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The checklist on the home page of a signed-in person, until its steps are done. */
@Named
@RequestScoped
public class NextStepsView {

    @Inject
    OnboardingService onboarding;
    @Inject
    CurrentUser me;

    private NextSteps steps;

    /** The steps, or null for visitors and for people who have done them all. */
    public NextSteps getSteps() {
        if (steps == null && me.isSignedIn()) {
            steps = onboarding.nextSteps(me.actor());
        }
        return steps == null || steps.allDone() ? null : steps;
    }
}
