/**
 * The DigiCanvis model: a Tribuo factorization machine over body and project features blended with
 * profile signals ({@link cat.digicanvis.recommender.hybrid.DigiCanvisTrainer} trains it,
 * {@link cat.digicanvis.recommender.hybrid.DigiCanvisModel} saves and loads it,
 * {@link cat.digicanvis.recommender.hybrid.Engine} answers requests with reasons and peers).
 */
package cat.digicanvis.recommender.hybrid;
