/** Synthetic interactions on the real municipalities, for the evaluation and the benchmark only. */
package cat.digicanvis.recommender.synth;
