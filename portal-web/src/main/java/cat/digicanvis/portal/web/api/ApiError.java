package cat.digicanvis.portal.web.api;

import java.util.List;

/** An error answer: a status, a message in the caller's language and, for bad input, one per problem. */
public record ApiError(int status, String message, List<String> errors) {
}
