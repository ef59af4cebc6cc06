package cat.digicanvis.portal.application.recommendation;

import java.io.Serializable;

/**
 * One reason for a recommendation, for the page to word with its bundle ({@code reason.KIND}): the area or
 * phase code in {@code value}, the populations in {@code mine}/{@code theirs}, the distance in km in
 * {@code theirs}, a count of bodies or projects in {@code count}.
 */
public record ReasonView(String kind, String value, long mine, long theirs, int count) implements Serializable {
}
