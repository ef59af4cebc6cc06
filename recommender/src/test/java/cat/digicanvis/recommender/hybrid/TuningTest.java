package cat.digicanvis.recommender.hybrid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TuningTest {

    @Test
    void topKIsBestFirstWithTiesByName() {
        double[] s = {0.5, 2, 2, -1, 7, 0.5};
        String[] names = {"a", "d", "c", "b", "e", "f"};
        assertArrayEquals(new int[] {4, 2, 1}, DigiCanvisTrainer.topK(s, 3, names));
        assertArrayEquals(new int[] {4, 2, 1, 0, 5, 3}, DigiCanvisTrainer.topK(s, 10, names));
        assertArrayEquals(new int[0], DigiCanvisTrainer.topK(new double[0], 3, new String[0]));
    }
}
