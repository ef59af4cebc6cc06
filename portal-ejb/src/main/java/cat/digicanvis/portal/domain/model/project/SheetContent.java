package cat.digicanvis.portal.domain.model.project;

import cat.digicanvis.portal.domain.shared.EmailAddress;
import cat.digicanvis.portal.domain.shared.Violation;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything an author writes on a sheet, as one value. {@link #check()} applies the limits that hold
 * for drafts and published sheets alike; {@link ProjectSheet#publish} adds what a published sheet must have.
 */
public record SheetContent(
        String title,
        String summary,
        String description,
        String value,
        Savings savings,
        String barriers,
        String benefits,
        String technologyText,
        List<String> technologies,
        Phase phase,
        Integer startYear,
        Set<Area> areas,
        Set<Typology> typologies,
        List<ContactPerson> contacts,
        List<Material> materials) {

    public static final int TITLE_MIN = 3;
    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 1000;
    public static final int TEXT_MAX = 20_000;
    public static final int TAGS_MAX = 20;
    public static final int TAG_MAX = 60;
    public static final int CONTACTS_MAX = 10;
    public static final int NAME_MAX = 120;
    public static final int PHONE_MAX = 40;
    public static final int MATERIALS_MAX = 30;
    public static final int URL_MAX = 2000;
    public static final int FIRST_YEAR = 1980;

    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 .()-]{5,38}$");
    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2}$");

    public SheetContent {
        title = clean(title);
        summary = clean(summary);
        description = clean(description);
        value = clean(value);
        barriers = clean(barriers);
        benefits = clean(benefits);
        technologyText = clean(technologyText);
        savings = savings == null ? new Savings(null, null, null, null) : savings;
        technologies = technologies == null ? List.of()
                : technologies.stream().map(SheetContent::clean).filter(t -> t != null).distinct().toList();
        areas = areas == null ? Set.of() : Set.copyOf(areas);
        typologies = typologies == null ? Set.of() : Set.copyOf(typologies);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        materials = materials == null ? List.of() : List.copyOf(materials);
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    /** The limits every stored sheet respects; an empty list when the content is acceptable. */
    public List<Violation> check() {
        List<Violation> v = new ArrayList<>();
        if (title == null) {
            v.add(Violation.of("title", "validation.required"));
        } else if (title.length() < TITLE_MIN || title.length() > TITLE_MAX) {
            v.add(Violation.of("title", "validation.length", TITLE_MIN, TITLE_MAX));
        }
        maxLength(v, "summary", summary, SUMMARY_MAX);
        maxLength(v, "description", description, TEXT_MAX);
        maxLength(v, "value", value, TEXT_MAX);
        maxLength(v, "barriers", barriers, TEXT_MAX);
        maxLength(v, "benefits", benefits, TEXT_MAX);
        maxLength(v, "technologyText", technologyText, TEXT_MAX);
        maxLength(v, "savingsMethod", savings.getMethod(), TEXT_MAX);
        amount(v, "savingsEurosPerYear", savings.getEurosPerYear());
        amount(v, "savingsEurosOneOff", savings.getEurosOneOff());
        amount(v, "savingsHoursPerYear", savings.getStaffHoursPerYear());
        if (technologies.size() > TAGS_MAX) {
            v.add(Violation.of("technologies", "validation.tooMany", TAGS_MAX));
        }
        for (String tag : technologies) {
            if (tag.length() > TAG_MAX) {
                v.add(Violation.of("technologies", "validation.tag", tag, TAG_MAX));
            }
        }
        int thisYear = Year.now().getValue();
        if (startYear != null && (startYear < FIRST_YEAR || startYear > thisYear + 1)) {
            v.add(Violation.of("startYear", "validation.year", FIRST_YEAR, thisYear + 1));
        }
        checkContacts(v);
        checkMaterials(v);
        return v;
    }

    /** What a sheet needs before anyone else sees it. */
    public List<Violation> checkPublishable() {
        List<Violation> v = new ArrayList<>();
        if (summary == null) {
            v.add(Violation.of("summary", "validation.required"));
        }
        if (description == null) {
            v.add(Violation.of("description", "validation.required"));
        }
        if (areas.isEmpty()) {
            v.add(Violation.of("areas", "validation.atLeastOne"));
        }
        if (typologies.isEmpty()) {
            v.add(Violation.of("typologies", "validation.atLeastOne"));
        }
        if (phase == null) {
            v.add(Violation.of("phase", "validation.required"));
        }
        return v;
    }

    private void checkContacts(List<Violation> v) {
        if (contacts.size() > CONTACTS_MAX) {
            v.add(Violation.of("contacts", "validation.tooMany", CONTACTS_MAX));
        }
        for (int i = 0; i < contacts.size(); i++) {
            ContactPerson c = contacts.get(i);
            String field = "contacts[" + i + "]";
            if (isBlank(c.getName()) || c.getName().length() > NAME_MAX) {
                v.add(Violation.of(field + ".name", "validation.length", 1, NAME_MAX));
            }
            if (isBlank(c.getRole()) || c.getRole().length() > NAME_MAX) {
                v.add(Violation.of(field + ".role", "validation.length", 1, NAME_MAX));
            }
            if (!isBlank(c.getEmail()) && !EmailAddress.isValid(c.getEmail())) {
                v.add(Violation.of(field + ".email", "validation.email"));
            }
            if (!isBlank(c.getPhone()) && (c.getPhone().length() > PHONE_MAX || !PHONE.matcher(c.getPhone()).matches())) {
                v.add(Violation.of(field + ".phone", "validation.phone"));
            }
            if (!c.hasConsent()) {
                v.add(Violation.of(field + ".consent", "validation.contact.consent"));
            }
        }
    }

    private void checkMaterials(List<Violation> v) {
        if (materials.size() > MATERIALS_MAX) {
            v.add(Violation.of("materials", "validation.tooMany", MATERIALS_MAX));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < materials.size(); i++) {
            Material m = materials.get(i);
            String field = "materials[" + i + "]";
            if (m.getType() == null) {
                v.add(Violation.of(field + ".type", "validation.required"));
            }
            if (isBlank(m.getTitle()) || m.getTitle().length() > TITLE_MAX) {
                v.add(Violation.of(field + ".title", "validation.length", 1, TITLE_MAX));
            }
            if (m.getLanguage() == null || !LANGUAGE.matcher(m.getLanguage()).matches()) {
                v.add(Violation.of(field + ".language", "validation.language"));
            }
            boolean hasUrl = !isBlank(m.getUrl());
            if (hasUrl == (m.getFileId() != null)) {
                v.add(Violation.of(field + ".url", "validation.material.urlOrFile"));
            } else if (hasUrl && !isWebUrl(m.getUrl())) {
                v.add(Violation.of(field + ".url", "validation.url"));
            } else if (hasUrl && !seen.add(m.getUrl())) {
                v.add(Violation.of(field + ".url", "validation.material.duplicate"));
            }
        }
    }

    /** An absolute http(s) URL with a host, of sane length. */
    public static boolean isWebUrl(String url) {
        if (url == null || url.length() > URL_MAX) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getHost().contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void maxLength(List<Violation> v, String field, String text, int max) {
        if (text != null && text.length() > max) {
            v.add(Violation.of(field, "validation.tooLong", max));
        }
    }

    private static void amount(List<Violation> v, String field, BigDecimal amount) {
        if (!Savings.isValidAmount(amount)) {
            v.add(Violation.of(field, "validation.amount"));
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
