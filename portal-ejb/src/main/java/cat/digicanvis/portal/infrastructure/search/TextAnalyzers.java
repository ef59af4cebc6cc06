package cat.digicanvis.portal.infrastructure.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.CatalanStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * One analyzer per portal language: Snowball stemming for Catalan, Spanish and English, tolerant of
 * missing accents (see {@link AccentTolerantStemFilter}), with stop words dropped whether or not they
 * carry their accents.
 */
public final class TextAnalyzers {

    public static final String[] LANGUAGES = {"ca", "es", "en"};

    private static final CharArraySet CATALAN_ELISIONS = new CharArraySet(
            Arrays.asList("d", "l", "m", "n", "s", "t"), true);

    private TextAnalyzers() {
    }

    public static Map<String, Analyzer> all() {
        return Map.of("ca", catalan(), "es", spanish(), "en", english());
    }

    public static Analyzer catalan() {
        return build("ca", CatalanAnalyzer.getDefaultStopSet());
    }

    public static Analyzer spanish() {
        return build("es", SpanishAnalyzer.getDefaultStopSet());
    }

    public static Analyzer english() {
        return build("en", EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    }

    private static Analyzer build(String language, CharArraySet stopWords) {
        CharArraySet foldedStops = fold(stopWords);
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = source;
                if (language.equals("ca")) {
                    ts = new ElisionFilter(ts, CATALAN_ELISIONS);
                } else if (language.equals("en")) {
                    ts = new EnglishPossessiveFilter(ts);
                }
                ts = new LowerCaseFilter(ts);
                ts = new StopFilter(ts, stopWords);
                ts = new StopFilter(ts, foldedStops);
                ts = new AccentTolerantStemFilter(ts, switch (language) {
                    case "ca" -> CatalanStemmer::new;
                    case "es" -> SpanishStemmer::new;
                    default -> EnglishStemmer::new;
                });
                return new TokenStreamComponents(source, ts);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    private static CharArraySet fold(CharArraySet words) {
        CharArraySet folded = new CharArraySet(words.size(), true);
        for (Object w : words) {
            String word = new String((char[]) w);
            char[] out = new char[word.length() * 4];
            int len = ASCIIFoldingFilter.foldToASCII(word.toCharArray(), 0, out, 0, word.length());
            folded.add(new String(out, 0, len).toLowerCase(Locale.ROOT));
        }
        return folded;
    }
}
