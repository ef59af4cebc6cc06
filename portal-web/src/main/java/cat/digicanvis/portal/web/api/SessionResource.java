package cat.digicanvis.portal.web.api;

import cat.digicanvis.portal.application.account.AccountService;
import cat.digicanvis.portal.application.account.SignInOutcome;
import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.web.account.SessionUser;
import cat.digicanvis.portal.web.account.Sessions;
import cat.digicanvis.portal.web.i18n.Languages;
import cat.digicanvis.portal.web.support.ClientAddress;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Signing in and out from API clients: {@code POST /api/session} with {@code {"email","password"}} opens a
 * session (cookie) and returns the CSRF token that every later write must send in {@code X-CSRF-Token}.
 * The same throttling and messages as the sign-in page apply.
 */
@Tag(name = "session")
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    @Inject
    cat.digicanvis.portal.infrastructure.config.PortalSettings settings;

    @Inject
    AccountService accounts;
    @Context
    HttpServletRequest request;

    public record Credentials(String email, String password) {
    }

    public record SessionJson(boolean signedIn, Long accountId, String name, boolean moderator, boolean administrator,
            List<Long> memberOf, String csrfToken) {
    }

    @Operation(summary = "Who the caller is, and the CSRF token for writing")
    @APIResponse(responseCode = "200", description = "The session", content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "session", value = "{\"signedIn\": true, \"name\": \"Marta\", \"csrfToken\": \"…\"}")))
    @GET
    public SessionJson current() {
        Actor a = Sessions.actor(request, accounts);
        var session = request.getSession(false);
        String token = session != null && session.getAttribute(SessionUser.ATTRIBUTE) instanceof SessionUser u
                ? u.csrfToken() : null;
        return json(a, a.isSignedIn() ? token : null);
    }

    private static SessionJson json(Actor a, String token) {
        return new SessionJson(a.isSignedIn(), a.accountId(), a.displayName(), a.moderator(), a.administrator(),
                a.memberOf().stream().sorted().toList(), token);
    }

    @Operation(summary = "Sign in with email and password")
    @APIResponse(responseCode = "200", description = "Signed in; the session cookie is set")
    @APIResponse(responseCode = "401", description = "Wrong email or password")
    @APIResponse(responseCode = "429", description = "Too many tries; wait")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signIn(Credentials c) {
        if (c == null || c.email() == null || c.password() == null) {
            return ErrorMappers.json(400, Languages.text(Languages.resolve(request), "api.badRequest"), List.of());
        }
        SignInOutcome o = accounts.signIn(c.email(), c.password(), ClientAddress.of(request, settings.proxies()));
        var locale = Languages.resolve(request);
        return switch (o.kind()) {
            case SIGNED_IN -> {
                SessionUser u = Sessions.signIn(request, o.actor(), o.sessionEpoch());
                yield Response.ok(json(o.actor(), u.csrfToken())).build();
            }
            case WAIT, LOCKED -> Response.fromResponse(ErrorMappers.json(429, Sessions.refusal(o, locale), List.of()))
                    .header("Retry-After", o.waitSeconds()).build();
            case UNVERIFIED -> ErrorMappers.json(403, Sessions.refusal(o, locale), List.of());
            default -> ErrorMappers.json(401, Languages.text(locale, "login.wrong"), List.of());
        };
    }

    @Operation(summary = "Sign out")
    @APIResponse(responseCode = "204", description = "Signed out")
    @DELETE
    public Response signOut() {
        Sessions.signOut(request);
        return Response.noContent().build();
    }
}
