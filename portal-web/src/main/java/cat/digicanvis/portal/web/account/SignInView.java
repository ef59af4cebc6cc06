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

    public void signIn() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        SignInOutcome o = accounts.signIn(email, password, Pages.request().getRemoteAddr());
        password = null;
        unverified = false;
        switch (o.kind()) {
            case SIGNED_IN -> {
                Sessions.signIn(Pages.request(), o.actor(), o.sessionEpoch());
                Pages.redirect(Pages.safeBack(back));
            }
            default -> {
                unverified = o.kind() == SignInOutcome.Kind.UNVERIFIED;
                Messages.error(ctx, Sessions.refusal(o, ctx.getViewRoot().getLocale()));
            }
        }
    }

    public void resend() {
        accounts.resendVerification(email);
        unverified = false;
        FacesContext ctx = FacesContext.getCurrentInstance();
        Messages.info(ctx, Messages.text(ctx, "login.resent"));
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
