package cat.digicanvis.portal.application.reference;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Municipalities found by what people type: without accents or capitals ("tarrega" finds Tàrrega), names that
 * begin with the text first, then those with a word that does ("bisbal" finds La Bisbal d'Empordà), the most
 * populated first. Each is labelled with its comarca, "Tàrrega (Urgell)", and a label or an unambiguous name
 * typed in full leads back to the municipality.
 */
public final class MunicipalityNames {

    private record Named(PlaceView place, String label, String key, String labelKey) {
    }

    private final List<Named> all;
    private final java.util.Map<String, String> labels = new java.util.HashMap<>();

    /** {@code comarcaName} gives a comarca code's name (the labels are the same in every language). */
    public MunicipalityNames(List<PlaceView> municipalities, Function<String, String> comarcaName) {
        List<Named> named = new ArrayList<>(municipalities.size());
        for (PlaceView m : municipalities) {
            String label = m.name() + " (" + comarcaName.apply(m.comarcaCode()) + ")";
            named.add(new Named(m, label, key(m.name()), key(label)));
            labels.put(m.code(), label);
        }
        named.sort(Comparator.comparingInt((Named n) -> -n.place().population()).thenComparing(Named::label));
        this.all = List.copyOf(named);
    }

    /** Up to {@code max} municipalities for the letters typed, as suggestions (nothing for under two letters). */
    public List<Suggestion> suggest(String text, int max) {
        String k = key(text);
        if (k.length() < 2) {
            return List.of();
        }
        List<Suggestion> first = new ArrayList<>();
        List<Suggestion> then = new ArrayList<>();
        for (Named n : all) {
            if (n.key().startsWith(k)) {
                first.add(new Suggestion(n.place().code(), n.label()));
            } else if (n.key().contains(" " + k) || n.key().contains("'" + k)) {
                then.add(new Suggestion(n.place().code(), n.label()));
            }
            if (first.size() >= max) {
                break;
            }
        }
        first.addAll(then);
        return first.size() > max ? List.copyOf(first.subList(0, max)) : List.copyOf(first);
    }

    /** The municipality a label ("Tàrrega (Urgell)") or a full name ("tarrega") names, if exactly one. */
    public Optional<PlaceView> find(String typed) {
        String k = key(typed);
        if (k.isEmpty()) {
            return Optional.empty();
        }
        List<PlaceView> byLabel = all.stream().filter(n -> n.labelKey().equals(k)).map(Named::place).toList();
        if (byLabel.size() == 1) {
            return Optional.of(byLabel.get(0));
        }
        List<PlaceView> byName = all.stream().filter(n -> n.key().equals(k)).map(Named::place).toList();
        return byName.size() == 1 ? Optional.of(byName.get(0)) : Optional.empty();
    }

    /** The label of a municipality by its INE code, "Tàrrega (Urgell)"; null for an unknown code. */
    public String label(String code) {
        return code == null ? null : labels.get(code);
    }

    /** One suggestion: the municipality's INE code and its label. */
    public record Suggestion(String code, String label) {
    }

    static String key(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('’', '\'').replace('·', '.').toLowerCase(Locale.ROOT);
        return plain.replaceAll("\\s+", " ");
    }
}
