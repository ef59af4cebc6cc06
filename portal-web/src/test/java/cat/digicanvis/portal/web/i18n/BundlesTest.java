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
import java.io.IOException;
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

    static Set<String> keys(String lang) {
        return new TreeSet<>(Languages.bundle(Locale.forLanguageTag(lang)).keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ca", "es", "en"})
    void translationsHaveExactlyTheBaseKeys(String lang) {
        assertEquals(keys("ca"), keys(lang));
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
        Pattern inPages = Pattern.compile("msg\\['([a-zA-Z0-9.\\-]+)'\\]");
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
