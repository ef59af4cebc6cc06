package cat.digicanvis.portal.web.account;

import cat.digicanvis.portal.application.account.AccountService;
import cat.digicanvis.portal.application.account.SignInOutcome;
import cat.digicanvis.portal.web.support.Messages;
import cat.digicanvis.portal.web.support.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The sign-in page (account/login.xhtml). Messages never tell whether the email is registered. */
@Named
@ViewScoped
public class SignInView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    private String email;
    private String password;
    private String back;
    private boolean unverified;
    /** The address that just signed in with the right password but is unverified: the only one "resend" mails. */
    private String unverifiedEmail;

    public void signIn() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        SignInOutcome o = accounts.signIn(email, password, Pages.clientAddress());
        password = null;
        unverified = false;
        switch (o.kind()) {
            case SIGNED_IN -> {
                Sessions.signIn(Pages.request(), o.actor(), o.sessionEpoch());
                Pages.redirect(Pages.safeBack(back));
            }
            default -> {
                unverified = o.kind() == SignInOutcome.Kind.UNVERIFIED;
                unverifiedEmail = unverified ? email : null;
                Messages.error(ctx, Sessions.refusal(o, ctx.getViewRoot().getLocale()));
            }
        }
    }

    public void resend() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        unverified = false;
        if (unverifiedEmail == null) {
            // the field can be edited after the sign-in: a link only goes to the address that proved its password
            return;
        }
        try {
            accounts.resendVerification(unverifiedEmail, Pages.clientAddress());
            Messages.info(ctx, Messages.text(ctx, "login.resent"));
        } catch (cat.digicanvis.portal.domain.shared.RuleViolationException e) {
            Messages.violations(ctx, e.violations());
        }
        unverifiedEmail = null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getBack() {
        return back;
    }

    public void setBack(String back) {
        this.back = back;
    }

    public boolean isUnverified() {
        return unverified;
    }
}
