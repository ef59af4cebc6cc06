package cat.digicanvis.recommender.hybrid;

/**
 * Why a project or a peer was proposed, as data for the page to word: the kind, how much it weighed in
 * the score, and its figures. Which figures are filled depends on the kind:
 * <ul>
 * <li>{@code SIMILAR_POPULATION}: {@code mine} and {@code theirs} are the two populations;</li>
 * <li>{@code NEARBY}: {@code theirs} is the distance in km;</li>
 * <li>{@code NEED}: {@code value} is the area that matches one of your needs;</li>
 * <li>{@code SAME_PHASE}: {@code value} is the phase;</li>
 * <li>{@code PEERS_RATED}: {@code count} bodies with a profile like yours graded it at least
 *     {@code theirs} ("worked for us" is 3);</li>
 * <li>{@code POPULAR}: {@code count} bodies interacted with it;</li>
 * <li>{@code LEARNED}: the learned model ranks it high for bodies like yours;</li>
 * <li>{@code YOUR_INTEREST}: it is in area {@code value}, which your body's own activity favours;</li>
 * <li>{@code SIMILAR_BODIES}: {@code count} of the 200 bodies most like yours showed interest in it;</li>
 * <li>{@code LED_PROJECTS}: (peers) {@code count} projects of theirs match your need {@code value}.</li>
 * <li>{@code ALSO_INTERESTED}: {@code count} bodies interested in project {@code value} (an item id: the one
 *     shown, or one of the asking body's own) also showed interest in this one;</li>
 * <li>{@code SAME_AREA}: (similar projects) both work in area {@code value};</li>
 * <li>{@code SAME_TECHNOLOGY}: (similar projects) both use technology {@code value};</li>
 * <li>{@code SIMILAR_DESCRIPTION}: (similar projects) their titles and summaries share rare words.</li>
 * <li>{@code SHARED_TASTES}: bodies whose choices resemble the asking body's chose it (its latent tastes).</li>
 * </ul>
 */
public record Reason(Kind kind, double weight, String value, double mine, double theirs, int count) {

    public enum Kind { SIMILAR_POPULATION, NEARBY, NEED, SAME_PHASE, PEERS_RATED, POPULAR, LEARNED, LED_PROJECTS, YOUR_INTEREST, SIMILAR_BODIES,
        ALSO_INTERESTED, SAME_AREA, SAME_TECHNOLOGY, SIMILAR_DESCRIPTION, SHARED_TASTES }

    static Reason of(Kind kind, double weight) {
        return new Reason(kind, weight, null, Double.NaN, Double.NaN, 0);
    }
}
