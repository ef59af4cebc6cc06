package cat.digicanvis.portal.application.reference;

import cat.digicanvis.portal.domain.model.reference.Municipality;
import cat.digicanvis.portal.domain.model.reference.ReferenceRepository;
import cat.digicanvis.portal.domain.model.reference.WorldTown;
import cat.digicanvis.portal.domain.shared.GeoPoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The official reference data as the pages need it. Provinces, comarques and municipalities never change
 * while the portal runs, so they are read once and kept.
 */
@ApplicationScoped
public class ReferenceService {

    public static final int TOWN_RESULTS_MAX = 20;

    @Inject
    ReferenceRepository repository;

    private volatile Cache cache;

    private record Cache(Map<String, PlaceView> provinces, Map<String, PlaceView> comarques,
                         Map<String, PlaceView> municipalities, Map<String, GeoPoint> positions,
                         MunicipalityNames names) {
    }

    private Cache cache() {
        Cache c = cache;
        if (c == null) {
            c = load();
            cache = c;
        }
        return c;
    }

    private Cache load() {
        Map<String, PlaceView> provinces = new LinkedHashMap<>();
        repository.provinces().forEach(p -> provinces.put(p.getCode(),
                new PlaceView(p.getCode(), p.getName(), p.getPopulation(), null, p.getCode())));
        Map<String, PlaceView> comarques = new LinkedHashMap<>();
        repository.comarques().forEach(c -> comarques.put(c.getCode(),
                new PlaceView(c.getCode(), c.getName(), c.getPopulation(), c.getCode(), c.getProvinceCode())));
        Map<String, PlaceView> municipalities = new LinkedHashMap<>();
        Map<String, GeoPoint> positions = new LinkedHashMap<>();
        for (Municipality m : repository.municipalities()) {
            municipalities.put(m.getIneCode(), new PlaceView(m.getIneCode(), m.getNaturalName(), m.getPopulation(),
                    m.getComarcaCode(), m.getProvinceCode()));
            positions.put(m.getIneCode(), m.position());
        }
        MunicipalityNames names = new MunicipalityNames(List.copyOf(municipalities.values()),
                code -> comarques.containsKey(code) ? comarques.get(code).name() : "");
        return new Cache(Map.copyOf(provinces), Map.copyOf(comarques), municipalities, Map.copyOf(positions), names);
    }

    public List<PlaceView> provinces() {
        return List.copyOf(cache().provinces().values());
    }

    public List<PlaceView> comarques() {
        return List.copyOf(cache().comarques().values());
    }

    /** All 947 municipalities, by name. */
    public List<PlaceView> municipalities() {
        return List.copyOf(cache().municipalities().values());
    }

    /** The municipalities for what was typed (the "near" field's suggestions), at most {@code max}. */
    public List<MunicipalityNames.Suggestion> suggestMunicipalities(String text, int max) {
        return text == null || text.length() > 100 ? List.of() : cache().names().suggest(text, max);
    }

    /** The municipality a suggestion's label or an unambiguous name typed in full names. */
    public Optional<PlaceView> municipalityNamed(String typed) {
        return typed == null || typed.length() > 100 ? Optional.empty() : cache().names().find(typed);
    }

    /** A municipality as the "near" field shows it, "Tàrrega (Urgell)"; null for an unknown code. */
    public String municipalityLabel(String ineCode) {
        return cache().names().label(ineCode);
    }

    public Optional<PlaceView> municipality(String ineCode) {
        return Optional.ofNullable(ineCode).map(cache().municipalities()::get);
    }

    public Optional<GeoPoint> municipalityPosition(String ineCode) {
        return Optional.ofNullable(ineCode).map(cache().positions()::get);
    }

    public String provinceName(String code) {
        PlaceView p = code == null ? null : cache().provinces().get(code);
        return p == null ? code : p.name();
    }

    public String comarcaName(String code) {
        PlaceView p = code == null ? null : cache().comarques().get(code);
        return p == null ? code : p.name();
    }

    public boolean isProvince(String code) {
        return cache().provinces().containsKey(code);
    }

    public boolean isComarca(String code) {
        return cache().comarques().containsKey(code);
    }

    /** A country's name in the reader's language, from the JDK's ISO 3166 data. */
    public static String countryName(String countryCode, Locale locale) {
        if (countryCode == null) {
            return "";
        }
        String name = new Locale("", countryCode).getDisplayCountry(locale);
        return name.isBlank() ? countryCode : name;
    }

    /** The ISO 3166 codes ordered by the countries' names in a language, as its readers sort (a collator). */
    public static List<String> countriesByName(Locale locale) {
        java.text.Collator collator = java.text.Collator.getInstance(locale);
        return java.util.Arrays.stream(Locale.getISOCountries())
                .sorted(java.util.Comparator.comparing((String c) -> countryName(c, locale), collator))
                .toList();
    }

    private static final java.util.Set<String> COUNTRIES = java.util.Set.of(Locale.getISOCountries());

    public static boolean isCountry(String code) {
        return code != null && code.length() == 2 && COUNTRIES.contains(code.toUpperCase(Locale.ROOT));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TownView> searchTowns(String text, String countryCode) {
        if (text == null || text.isBlank() || text.length() > 100) {
            return List.of();
        }
        String country = countryCode == null || countryCode.isBlank() ? null : countryCode.toUpperCase(Locale.ROOT);
        return repository.searchTowns(text, country, TOWN_RESULTS_MAX).stream().map(ReferenceService::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TownView> town(int geonameId) {
        return repository.town(geonameId).map(ReferenceService::view);
    }

    private static TownView view(WorldTown t) {
        return new TownView(t.getGeonameId(), t.getName(), t.getCountryCode(), t.getAdmin1Code(), t.getPopulation(),
                t.position().latitude(), t.position().longitude());
    }
}
