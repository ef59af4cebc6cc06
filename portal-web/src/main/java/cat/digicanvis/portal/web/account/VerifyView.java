package cat.digicanvis.portal.web.account;

import cat.digicanvis.portal.application.account.AccountService;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Follows a mailed confirmation link (account/verify.xhtml?token=…): new account or new address. */
@Named
@RequestScoped
public class VerifyView {

    @Inject
    AccountService accounts;

    private String token;
    private String outcome;

    public void confirm() {
        if (outcome != null) {
            return;
        }
        try {
            accounts.confirmEmail(token);
            outcome = "ok";
        } catch (RuleViolationException e) {
            outcome = e.violations().get(0).messageKey();
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isConfirmed() {
        return "ok".equals(outcome);
    }

    /** The link was used and the account is verified: nothing is wrong, the person can sign in. */
    public boolean isAlreadyConfirmed() {
        return AccountService.ALREADY_VERIFIED.equals(outcome);
    }

    public String getProblem() {
        return isConfirmed() || isAlreadyConfirmed() ? null : outcome;
    }
}
