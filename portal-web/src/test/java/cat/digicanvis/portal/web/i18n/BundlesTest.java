package cat.digicanvis.portal.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.digicanvis.portal.domain.model.localbody.BodyType;
import cat.digicanvis.portal.domain.model.project.Area;
import cat.digicanvis.portal.domain.model.project.MaterialType;
import cat.digicanvis.portal.domain.model.project.Phase;
import cat.digicanvis.portal.domain.model.project.Typology;
import cat.digicanvis.portal.domain.shared.Codes;
import cat.digicanvis.portal.domain.shared.PopulationBand;
import cat.digicanvis.portal.domain.model.request.RequestKind;
import cat.digicanvis.portal.domain.model.request.RequestStatus;
import cat.digicanvis.portal.domain.model.forum.CategoryAccess;
import cat.digicanvis.portal.domain.model.forum.FlagReason;
import cat.digicanvis.portal.domain.model.forum.Pin;
import cat.digicanvis.portal.domain.model.forum.TopicList;
import cat.digicanvis.portal.domain.model.forum.TopicSort;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every language has every text, and every key a page or a rule uses exists. */
class BundlesTest {

    static final Path BUNDLES = Path.of("src/main/resources/cat/digicanvis/portal/web");

    /**
     * The keys written in the language's own file: not through ResourceBundle, which would answer a key
     * missing from a translation with the Catalan base and hide the gap.
     */
    static Set<String> keys(String lang) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(BUNDLES.resolve("messages_" + lang + ".properties"))) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void theBaseFileIsTheCatalanOne() throws IOException {
        Properties base = new Properties();
        try (Reader r = Files.newBufferedReader(BUNDLES.resolve("messages.properties"))) {
            base.load(r);
        }
        assertEquals(keys("ca"), new TreeSet<>(base.stringPropertyNames()));
    }

    /** Keys the code builds at run time: audit labels, the forum's lists, orders, pins, flags, access and limits. */
    @Test
    void everyKeyBuiltAtRunTimeExists() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (String lang : new String[] {"ca", "es", "en"}) {
            Set<String> known = keys(lang);
            Set<String> wanted = new TreeSet<>();
            Pattern audit = Pattern.compile("audit\\.record\\([^;]*?\"([a-zA-Z]+\\.[a-zA-Z.]+)\"");
            // an action chosen by a condition: closed ? "forum.topic.closed" : "forum.topic.reopened"
            Pattern auditChoice = Pattern.compile("\\? *\"([a-z]+\\.[a-zA-Z.]+)\" *: *\"([a-z]+\\.[a-zA-Z.]+)\"");
            try (Stream<Path> files = Files.walk(Path.of("../portal-ejb/src/main/java"))) {
                for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                    String text = Files.readString(f);
                    Matcher m = audit.matcher(text);
                    while (m.find()) {
                        wanted.add("audit." + m.group(1));
                    }
                    Matcher c = auditChoice.matcher(text);
                    while (c.find()) {
                        if (text.substring(Math.max(0, c.start() - 60), c.start()).contains("audit.record(")) {
                            wanted.add("audit." + c.group(1));
                            wanted.add("audit." + c.group(2));
                        }
                    }
                }
            }
            Stream.of(TopicList.values()).forEach(x -> wanted.add("forum.list." + x.name()));
            Stream.of(TopicSort.values()).forEach(x -> wanted.add("forum.sort." + x.name()));
            Stream.of(Pin.values()).forEach(x -> wanted.add("forum.pin." + x.name()));
            Stream.of(FlagReason.values()).forEach(x -> wanted.add("forum.flagReason." + x.name()));
            Stream.of(CategoryAccess.values()).forEach(x -> wanted.add("forum.access." + x.name()));
            Stream.of(cat.digicanvis.portal.domain.model.forum.WatchLevel.values())
                    .forEach(x -> wanted.add("forum.watch." + x.name()));
            Stream.of(cat.digicanvis.portal.domain.model.forum.MailFrequency.values())
                    .forEach(x -> wanted.add("mailFrequency." + x.name()));
            Stream.of("WATCHING", "FIRST_POST", "NORMAL", "MUTED").forEach(x -> wanted.add("forum.categoryWatch." + x));
            Stream.of(cat.digicanvis.portal.domain.model.forum.NotificationKind.values())
                    .forEach(x -> wanted.add("notifications.kind." + x.name()));
            Stream.of("dailyLikes", "dailyFlags").forEach(x -> wanted.add("validation.forum.limit." + x));
            Stream.of("signIn", "closed", "readOnly").forEach(x -> {
                wanted.add("forum.noReply." + x);
                // a refused reply says the same through its validation key
                if (!x.equals("signIn")) {
                    wanted.add("validation.forum." + x);
                }
            });
            wanted.stream().filter(k -> !known.contains(k)).forEach(k -> missing.add(lang + ": " + k));
        }
        assertEquals(Set.of(), missing);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ca", "es", "en"})
    void translationsHaveExactlyTheBaseKeys(String lang) {
        assertEquals(keys("ca"), keys(lang));
    }

    /** Spanish public administration writes "usted" (GLOSSARY's voice): no "vosotros", no "tú". */
    @Test
    void spanishSaysUsted() {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(BUNDLES.resolve("messages_es.properties"))) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Pattern familiar = Pattern.compile("\\b(vuestr\\w*|vosotr\\w*|os|seguís|\\w+[aei]d(?:lo|la|los|las)|\\w+áis|\\w+éis|tu|tus|te|ti|puedes|tienes|quieres|"
                + "[A-ZÁÉÍÓÚ]\\w*(?:ad|ed|id)(?:lo|la|los|las)?(?<!dad|tad|Madrid|Red|Modified))\\b", Pattern.UNICODE_CHARACTER_CLASS);
        for (String key : p.stringPropertyNames()) {
            Matcher m = familiar.matcher(p.getProperty(key));
            assertTrue(!m.find(), key + " says \"" + (m.hitEnd() ? "" : m.group()) + "\"");
        }
    }

    /** Every text written with ICU's plural syntax parses, and says something for one and for many. */
    @ParameterizedTest
    @ValueSource(strings = {"ca", "es", "en"})
    void pluralTextsParse(String lang) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(BUNDLES.resolve("messages_" + lang + ".properties"))) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int plurals = 0;
        for (String key : p.stringPropertyNames()) {
            String text = p.getProperty(key);
            if (text.contains("plural,")) {
                plurals++;
                Object[] one = {1, 1, 1, 1};
                Object[] many = {7, 7, 7, 7};
                Locale locale = Locale.forLanguageTag(lang);
                String a = cat.digicanvis.portal.web.support.Messages.format(locale, text, one);
                String b = cat.digicanvis.portal.web.support.Messages.format(locale, text, many);
                assertTrue(!a.contains("{") && !b.contains("{") && !a.equals(b), key + ": " + a + " / " + b);
            }
        }
        assertTrue(plurals >= 15, lang + ": " + plurals);
    }

    @Test
    void catalanIsChosenWhateverTheJvmLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            ResourceBundle ca = ResourceBundle.getBundle(Languages.BUNDLE, Locale.forLanguageTag("ca"));
            assertEquals("Observatori dels DigiCanvis", ca.getString("site.name"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void everyClassificationHasALabel() {
        ResourceBundle ca = Languages.bundle(Languages.DEFAULT);
        Stream.of(Area.values()).forEach(a -> assertTrue(ca.containsKey("area." + Codes.code(a)), a.name()));
        Stream.of(Typology.values()).forEach(a -> assertTrue(ca.containsKey("typology." + Codes.code(a)), a.name()));
        Stream.of(Phase.values()).forEach(a -> assertTrue(ca.containsKey("phase." + Codes.code(a)), a.name()));
        Stream.of(BodyType.values()).forEach(a -> assertTrue(ca.containsKey("bodyType." + Codes.code(a)), a.name()));
        Stream.of(MaterialType.values()).forEach(a -> assertTrue(ca.containsKey("materialType." + Codes.code(a)), a.name()));
        Stream.of(PopulationBand.values()).forEach(b -> assertTrue(ca.containsKey("band." + b.code()), b.name()));
        Stream.of(RequestKind.values()).forEach(k -> {
            assertTrue(ca.containsKey("request.kind." + k.name()), k.name());
            assertTrue(ca.containsKey("request.ask." + k.name()), k.name());
        });
        Stream.of(RequestStatus.values()).forEach(x -> assertTrue(ca.containsKey("request.status." + x.name()), x.name()));
    }

    @Test
    void everyKeyUsedInPagesAndCodeExists() throws IOException {
        Set<String> known = keys("ca");
        // a whole key: msg['a.b'] or fmt.message('a.b', ...); msg['a.'.concat(x)] is checked by the tests of built keys
        Pattern inPages = Pattern.compile("(?:msg\\['|fmt\\.message\\(')([a-zA-Z0-9.\\-]+)'(?=[\\],)])");
        Pattern inCode = Pattern.compile("\"((?:validation|edit|api|field)\\.[a-zA-Z0-9.]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/webapp")),
                Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("../portal-ejb/src/main/java"))))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f);
                Matcher m = (f.toString().endsWith(".xhtml") ? inPages : inCode).matcher(text);
                while (m.find()) {
                    String key = m.group(1);
                    if (!key.endsWith(".") && !known.contains(key)) {
                        missing.add(key + " in " + f.getFileName());
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }
}
