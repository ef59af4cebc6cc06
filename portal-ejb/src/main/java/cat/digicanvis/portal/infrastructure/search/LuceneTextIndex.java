package cat.digicanvis.portal.infrastructure.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * Full-text index of the published sheets, in memory (rebuilt from the database at start). Each text is
 * indexed with the Catalan, Spanish and English analyzers, since a sheet written in one language is
 * searched for in any of them; titles weigh more than bodies. Ranking is Lucene's BM25.
 */
public final class LuceneTextIndex implements AutoCloseable {

    private static final String ID = "id";
    private static final float TITLE_BOOST = 3f;

    private final Map<String, Analyzer> analyzers = TextAnalyzers.all();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public LuceneTextIndex() {
        Map<String, Analyzer> perField = new HashMap<>();
        for (String lang : TextAnalyzers.LANGUAGES) {
            perField.put("title_" + lang, analyzers.get(lang));
            perField.put("body_" + lang, analyzers.get(lang));
        }
        try {
            writer = new IndexWriter(directory,
                    new IndexWriterConfig(new PerFieldAnalyzerWrapper(analyzers.get("ca"), perField)));
            writer.commit();
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds or replaces a sheet's text; visible to searches after {@link #refresh()}. */
    public void put(long id, String title, String body) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(id), Field.Store.NO));
        doc.add(new NumericDocValuesField("sid", id));
        for (String lang : TextAnalyzers.LANGUAGES) {
            doc.add(new TextField("title_" + lang, title == null ? "" : title, Field.Store.NO));
            // the body field holds the title too, so that words split between them still match together
            doc.add(new TextField("body_" + lang, (title == null ? "" : title) + "\n" + (body == null ? "" : body),
                    Field.Store.NO));
        }
        try {
            writer.updateDocument(new Term(ID, Long.toString(id)), doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void remove(long id) {
        try {
            writer.deleteDocuments(new Term(ID, Long.toString(id)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How many words the Catalan analysis finds in the text (the other languages split alike): positions, not
     * tokens, since the accent-tolerant filter puts two forms of a word at one position.
     */
    private int words(String text) {
        int n = 0;
        try (org.apache.lucene.analysis.TokenStream ts = analyzers.get("ca").tokenStream("body_ca", text)) {
            org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute position =
                    ts.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                n += position.getPositionIncrement() > 0 ? 1 : 0;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    /** More words than anyone types: beyond this a query is refused (Lucene caps a query at 1,024 clauses). */
    public static final int MAX_WORDS = 32;

    /**
     * Every matching sheet with its relevance score; empty when the text has no searchable word. A text of more
     * than {@link #MAX_WORDS} words (200 ideographs are 200 words) is refused with a message, not a failure.
     */
    public Map<Long, Float> search(String text) {
        if (words(text) > MAX_WORDS) {
            throw new cat.digicanvis.portal.domain.shared.RuleViolationException(
                    cat.digicanvis.portal.domain.shared.Violation.of("q", "validation.search.tooManyWords", MAX_WORDS));
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean any = false;
        for (String lang : TextAnalyzers.LANGUAGES) {
            QueryBuilder builder = new QueryBuilder(analyzers.get(lang));
            // every word must be found (in one language's analysis); the title only adds weight
            Query title = builder.createBooleanQuery("title_" + lang, text, BooleanClause.Occur.MUST);
            Query body = builder.createBooleanQuery("body_" + lang, text, BooleanClause.Occur.MUST);
            if (title != null) {
                query.add(new BoostQuery(title, TITLE_BOOST), BooleanClause.Occur.SHOULD);
            }
            if (body != null) {
                query.add(body, BooleanClause.Occur.SHOULD);
                any = true;
            }
        }
        if (!any) {
            return Map.of();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                // every hit with its score, read from doc values: no ranking queue, no stored fields
                Map<Long, Float> scores = new HashMap<>();
                searcher.search(query.build(), new SimpleCollector() {
                    private NumericDocValues ids;
                    private Scorable scorer;

                    @Override
                    protected void doSetNextReader(LeafReaderContext context) throws IOException {
                        ids = DocValues.getNumeric(context.reader(), "sid");
                    }

                    @Override
                    public void setScorer(Scorable s) {
                        scorer = s;
                    }

                    @Override
                    public void collect(int doc) throws IOException {
                        if (ids.advanceExact(doc)) {
                            scores.put(ids.longValue(), scorer.score());
                        }
                    }

                    @Override
                    public ScoreMode scoreMode() {
                        return ScoreMode.COMPLETE;
                    }
                });
                return scores;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
