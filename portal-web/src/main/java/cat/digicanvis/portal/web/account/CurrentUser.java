package cat.digicanvis.portal.web.account;

import cat.digicanvis.portal.application.account.AccountService;
import cat.digicanvis.portal.domain.model.account.Actor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** Who is asking, for pages ({@code #{me}}) and beans; looked up once per request by {@link Sessions}. */
@Named("me")
@RequestScoped
public class CurrentUser {

    @Inject
    HttpServletRequest request;
    @Inject
    AccountService accounts;

    public Actor actor() {
        return Sessions.actor(request, accounts);
    }

    /** The session's form token (plain forms that carry no view state echo it), or null without one. */
    public String getCsrfToken() {
        return actor().isSignedIn() ? SessionUser.of(request).map(SessionUser::csrfToken).orElse(null) : null;
    }

    public boolean isSignedIn() {
        return actor().isSignedIn();
    }

    public String getName() {
        return actor().displayName();
    }

    public boolean isEditor() {
        return actor().isEditor();
    }

    public boolean isAdministrator() {
        return actor().mayAdminister();
    }

    public boolean isWriter() {
        return actor().mayWriteSomewhere();
    }

    public boolean isContactsVisible() {
        return actor().maySeeContactDetails();
    }
}
