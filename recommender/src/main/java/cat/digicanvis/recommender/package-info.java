/**
 * The DigiCanvis recommender: plain Java, no Jakarta EE. The API ({@link cat.digicanvis.recommender.Recommender},
 * {@link cat.digicanvis.recommender.ScoredItem}) sits at the package root; data loading in {@code data},
 * baselines in {@code baseline}, the offline evaluation in {@code eval}, our model in {@code hybrid}, the
 * synthetic data generator in {@code synth} and the speed benchmark in {@code bench}.
 */
package cat.digicanvis.recommender;
