package cat.digicanvis.portal.infrastructure.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.SnowballStemmer;

/**
 * Stems each word as written and as typed without accents, and emits the distinct stems at the same
 * position, all folded to ASCII. Snowball stemmers only know accented suffixes ("transformació" →
 * "transform"), so a word typed without accents is also stemmed with its commonest accent put back
 * ("transformacio" → "transformació" → "transform"); with all forms indexed and queried, either
 * spelling, singular or plural, finds the other.
 */
final class AccentTolerantStemFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final SnowballStemmer stemmer;
    private final Deque<String> pending = new ArrayDeque<>(2);

    AccentTolerantStemFilter(TokenStream input, Supplier<SnowballStemmer> stemmers) {
        super(input);
        this.stemmer = stemmers.get();
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            term.setEmpty().append(pending.pop());
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        String word = term.toString();
        String folded = fold(word);
        Set<String> stems = new LinkedHashSet<>(4);
        stems.add(fold(stem(word)));
        stems.add(fold(stem(restoreAccents(folded))));
        stems.add(stem(folded));
        Iterator<String> it = stems.iterator();
        term.setEmpty().append(it.next());
        it.forEachRemaining(pending::add);
        return true;
    }

    /**
     * Puts back the accent of the commonest accented endings (Catalan -ció/-sió, Spanish -ción/-sión), so
     * "participacio" and "transformacio" reach the stems of their accented spelling.
     */
    static String restoreAccents(String folded) {
        if (folded.endsWith("cio") || folded.endsWith("sio")) {
            return folded.substring(0, folded.length() - 1) + "ó";
        }
        if (folded.endsWith("cion") || folded.endsWith("sion")) {
            return folded.substring(0, folded.length() - 2) + "ón";
        }
        return folded;
    }

    private String stem(String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    static String fold(String word) {
        char[] in = word.toCharArray();
        char[] out = new char[in.length * 4];
        int len = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        return new String(out, 0, len);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
    }
}
