package cat.digicanvis.portal.web.api;

import cat.digicanvis.portal.domain.shared.NotFoundException;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.web.i18n.Languages;
import cat.digicanvis.portal.web.support.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/** API errors as JSON in the caller's language (lang parameter, cookie or Accept-Language); never a trace. */
public final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    private ErrorMappers() {
    }

    static Response json(int status, String message, List<String> errors) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(status, message, errors)).build();
    }

    /** Whether the exception (or one of its causes) is a request body that JSON-B could not read. */
    static boolean unreadable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.json.bind.JsonbException || t instanceof jakarta.json.JsonException
                    || t instanceof jakarta.ws.rs.ProcessingException) {
                return true;
            }
        }
        return false;
    }

    @Provider
    public static class BadInput implements ExceptionMapper<RuleViolationException> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(RuleViolationException e) {
            Locale locale = Languages.resolve(request);
            return json(400, Languages.text(locale, "api.badRequest"),
                    e.violations().stream().map(v -> Messages.describe(v, locale)).toList());
        }
    }

    /** A limit of pace: 429 with the wait in Retry-After, and the messages that say which limit. */
    @Provider
    public static class TooMany implements ExceptionMapper<cat.digicanvis.portal.domain.shared.RateLimitException> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(cat.digicanvis.portal.domain.shared.RateLimitException e) {
            Locale locale = Languages.resolve(request);
            return Response.fromResponse(json(429, Languages.text(locale, "api.tooMany"),
                    e.violations().stream().map(v -> Messages.describe(v, locale)).toList()))
                    .header("Retry-After", e.retryAfterSeconds()).build();
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<cat.digicanvis.portal.domain.shared.ConcurrentEditException> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(cat.digicanvis.portal.domain.shared.ConcurrentEditException e) {
            return json(409, Languages.text(Languages.resolve(request), "api.conflict"), List.of());
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(NotFoundException e) {
            return json(404, Languages.text(Languages.resolve(request), "api.notFound"), List.of());
        }
    }

    @Provider
    public static class Forbidden implements ExceptionMapper<cat.digicanvis.portal.domain.shared.AccessDeniedException> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(cat.digicanvis.portal.domain.shared.AccessDeniedException e) {
            return json(403, Languages.text(Languages.resolve(request), "api.forbidden"), List.of());
        }
    }

    @Provider
    public static class Other implements ExceptionMapper<Exception> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(Exception e) {
            Locale locale = Languages.resolve(request);
            if (e instanceof WebApplicationException w) {
                int status = w.getResponse().getStatus();
                String key = status == 404 ? "api.notFound" : status < 500 ? "api.badRequest" : "api.error";
                return json(status, Languages.text(locale, key), List.of());
            }
            if (unreadable(e)) {
                // a body that is not the JSON the endpoint takes: the client's mistake, said as such
                return json(400, Languages.text(locale, "api.badJson"), List.of());
            }
            if (cat.digicanvis.portal.web.support.DatabaseOutage.caused(e)) {
                // the database is away: try again in a moment
                cat.digicanvis.portal.web.support.DatabaseOutage.log(e);
                return Response.fromResponse(json(503, Languages.text(locale, "outage.text"), List.of()))
                        .header("Retry-After", cat.digicanvis.portal.web.support.DatabaseOutage.RETRY_AFTER_SECONDS)
                        .build();
            }
            LOG.log(Level.SEVERE, "API request failed", e);
            return json(500, Languages.text(locale, "api.error"), List.of());
        }
    }
}
