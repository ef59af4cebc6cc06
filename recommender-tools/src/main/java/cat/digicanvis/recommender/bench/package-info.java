/** The recommender's speed benchmark ({@code bin/recommender-bench}). */
package cat.digicanvis.recommender.bench;
