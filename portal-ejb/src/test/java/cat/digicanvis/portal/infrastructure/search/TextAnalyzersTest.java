package cat.digicanvis.portal.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class TextAnalyzersTest {

    static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Two texts match when they share a term (a query term matches any of the index's terms). */
    static boolean meet(Analyzer analyzer, String indexed, String query) {
        List<String> a = terms(analyzer, indexed);
        return terms(analyzer, query).stream().anyMatch(a::contains);
    }

    @Test
    void catalanMatchesWithoutAccentsAndInPlural() {
        Analyzer ca = TextAnalyzers.catalan();
        assertTrue(meet(ca, "participació", "participacio"));
        assertTrue(meet(ca, "Transformació", "transformacions"));
        assertTrue(meet(ca, "l'administració", "administracions"));
        assertTrue(meet(ca, "transformacions", "transformacio"));
    }

    @Test
    void spanishAndEnglishStem() {
        assertTrue(meet(TextAnalyzers.spanish(), "participación", "participaciones"));
        assertTrue(meet(TextAnalyzers.spanish(), "participación", "participacion"));
        assertTrue(meet(TextAnalyzers.english(), "councils", "council's"));
    }

    @Test
    void differentWordsStayApart() {
        Analyzer ca = TextAnalyzers.catalan();
        assertFalse(meet(ca, "participació", "transformació"));
        assertEquals(List.of(), terms(ca, "de la"));
    }
}
