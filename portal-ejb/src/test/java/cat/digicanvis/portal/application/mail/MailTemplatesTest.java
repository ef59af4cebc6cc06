package cat.digicanvis.portal.application.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    static Set<String> keys(ResourceBundle b) {
        return new TreeSet<>(Collections.list(b.getKeys()));
    }

    @Test
    void everyLanguageHasEveryTemplate() {
        Set<String> ca = keys(MailService.bundle("ca"));
        assertEquals(ca, keys(MailService.bundle("es")));
        assertEquals(ca, keys(MailService.bundle("en")));
    }

    /** The keys written in one file itself (ResourceBundle would also answer its parent's). */
    static Set<String> ownKeys(String suffix) throws java.io.IOException {
        java.util.Properties p = new java.util.Properties();
        try (var in = MailTemplatesTest.class.getResourceAsStream("/cat/digicanvis/portal/mail/mails" + suffix + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void everyFileWritesEveryTemplateItself() throws java.io.IOException {
        Set<String> ca = ownKeys("");
        assertEquals(ca, ownKeys("_es"));
        assertEquals(ca, ownKeys("_en"));
    }

    @Test
    void noLoneApostropheSwallowsText() {
        // MessageFormat reads a single ' as the start of quoted text: "yesterday's summary" would lose its rest
        for (String lang : new String[] {"ca", "es", "en"}) {
            ResourceBundle b = MailService.bundle(lang);
            for (String key : keys(b)) {
                assertFalse(b.getString(key).replace("''", "").contains("'"), lang + " " + key);
            }
        }
    }

    @Test
    void eachLanguageGetsItsOwnTextAndCatalanIsTheBase() {
        Locale.setDefault(Locale.ENGLISH);
        assertTrue(MailService.bundle("ca").getString("verify.subject").startsWith("Confirmeu la vostra"));
        assertTrue(MailService.bundle("es").getString("verify.subject").startsWith("Confirme su"));
        assertTrue(MailService.bundle("en").getString("verify.subject").startsWith("Confirm your"));
        assertTrue(MailService.bundle("fr").getString("verify.subject").startsWith("Confirmeu la vostra"));
    }

    @Test
    void templatesFormatWithApostrophesAndLinksIntact() {
        for (String lang : new String[] {"ca", "es", "en"}) {
            ResourceBundle b = MailService.bundle(lang);
            for (String key : keys(b)) {
                String text = new MessageFormat(b.getString(key), Locale.forLanguageTag(lang))
                        .format(new Object[] {"Anna", "https://x.example/a?token=abc", "48", "https://x.example/b", "e",
                                "f", "g", "h", "i", "j"});
                assertFalse(text.contains("{"), lang + " " + key + " left a placeholder: " + text);
                if (lang.equals("ca") && key.equals("verify.body")) {
                    assertTrue(text.contains("no us hi heu registrat"), text);
                    assertTrue(text.contains("https://x.example/a?token=abc"), text);
                }
            }
        }
    }

    @Test
    void catalanMailsSpeakAsThePortalDoesWithVos() throws java.io.IOException {
        // the portal says "vós" (GLOSSARY's voice); the familiar forms must not come back in mails
        java.util.regex.Pattern tu = java.util.regex.Pattern.compile(
                "\\b(teu|teva|teus|teves|tens|pots|has estat|formes|obre|revisa-la|torna-la|confirma|t''has|et respondran|creus|responguis)\\b",
                java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);
        java.util.Properties p = new java.util.Properties();
        try (var in = MailTemplatesTest.class.getResourceAsStream("/cat/digicanvis/portal/mail/mails.properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        for (String key : p.stringPropertyNames()) {
            java.util.regex.Matcher m = tu.matcher(p.getProperty(key));
            assertFalse(m.find(), key + " says \"" + (m.hitEnd() ? "" : m.group()) + "\"");
        }
    }

    @Test
    void spanishMailsSayUsted() throws java.io.IOException {
        // public administration writes "usted" (GLOSSARY's voice): neither "tú" nor "vosotros"
        java.util.regex.Pattern familiar = java.util.regex.Pattern.compile(
                "\\b(tu|tus|te|ti|tienes|puedes|formas|formes|has sido|recuerdas|crees|hagas|abre|confirma|pide|avisa|ignora|revísala|"
                        + "vuelve|propusiste|os|vuestro|vuestra|vuestros|vuestras|escribid|podéis|tenéis)\\b",
                java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);
        for (String key : ownKeys("_es")) {
            java.util.regex.Matcher m = familiar.matcher(MailService.bundle("es").getString(key));
            assertFalse(m.find(), key + " says \"" + (m.hitEnd() ? "" : m.group()) + "\"");
        }
    }
}
