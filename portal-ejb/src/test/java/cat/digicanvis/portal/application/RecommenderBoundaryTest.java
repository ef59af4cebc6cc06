package cat.digicanvis.portal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The application layer reaches the recommender through the port it owns ({@code ProjectRecommender}): only the
 * library's data contract ({@code recommender.data}) may appear in it, never the model's classes.
 */
class RecommenderBoundaryTest {

    static final Path APPLICATION = Path.of("src", "main", "java", "cat", "digicanvis", "portal", "application");

    @Test
    void theApplicationLayerImportsNoModelClassOfTheLibrary() throws IOException {
        List<String> offending;
        try (Stream<Path> files = Files.walk(APPLICATION)) {
            offending = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    return Files.readAllLines(f).stream().anyMatch(l -> l.startsWith("import cat.digicanvis.recommender.")
                            && !l.startsWith("import cat.digicanvis.recommender.data."));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Path::toString).toList();
        }
        assertTrue(Files.isDirectory(APPLICATION), "run from the module's directory");
        assertEquals(List.of(), offending);
    }
}
