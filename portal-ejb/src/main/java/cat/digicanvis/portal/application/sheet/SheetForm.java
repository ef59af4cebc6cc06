package cat.digicanvis.portal.application.sheet;

import cat.digicanvis.portal.domain.model.project.Area;
import cat.digicanvis.portal.domain.model.project.MaterialType;
import cat.digicanvis.portal.domain.model.project.Phase;
import cat.digicanvis.portal.domain.model.project.Typology;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the six-step writing wizard edits: a plain mutable form, turned into the domain's
 * {@code SheetContent} by the service, which applies every rule. {@code id} and {@code version} are those
 * of the sheet being edited (null for a new one); the version detects concurrent edits.
 */
public class SheetForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private Integer version;
    /** The version of the pending changes this form continues (a member's edit of a published sheet); null: none. */
    private Integer revisionVersion;
    private String title;
    private String summary;
    private Long leadBodyId;
    private List<Long> partnerIds = new ArrayList<>();
    private List<Contact> contacts = new ArrayList<>();
    private String description;
    private String value;
    private BigDecimal savingsEurosPerYear;
    private BigDecimal savingsEurosOneOff;
    private BigDecimal savingsHoursPerYear;
    private String savingsMethod;
    private String barriers;
    private String benefits;
    private String technologyText;
    private List<String> technologies = new ArrayList<>();
    private Phase phase;
    private Integer startYear;
    private Set<Area> areas = new LinkedHashSet<>();
    private Set<Typology> typologies = new LinkedHashSet<>();
    private List<MaterialRow> materials = new ArrayList<>();

    /** A contact person row of the form. */
    public static class Contact implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String role;
        private String email;
        private String phone;
        private boolean consent;

        public Contact() {
        }

        public Contact(String name, String role, String email, String phone, boolean consent) {
            this.name = name;
            this.role = role;
            this.email = email;
            this.phone = phone;
            this.consent = consent;
        }

        public boolean isConsent() {
            return consent;
        }

        public void setConsent(boolean consent) {
            this.consent = consent;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }
    }

    /** A material row: a URL, or the id and name of a file already uploaded. */
    public static class MaterialRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private MaterialType type = MaterialType.ARTICLE;
        private String title;
        private String language = "ca";
        private String url;
        private Long fileId;
        private String fileName;

        public MaterialRow() {
        }

        public MaterialRow(MaterialType type, String title, String language, String url, Long fileId, String fileName) {
            this.type = type;
            this.title = title;
            this.language = language;
            this.url = url;
            this.fileId = fileId;
            this.fileName = fileName;
        }

        public MaterialType getType() {
            return type;
        }

        public void setType(MaterialType type) {
            this.type = type;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getLanguage() {
            return language;
        }

        public void setLanguage(String language) {
            this.language = language;
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }

        public Long getFileId() {
            return fileId;
        }

        public void setFileId(Long fileId) {
            this.fileId = fileId;
        }

        public String getFileName() {
            return fileName;
        }

        public void setFileName(String fileName) {
            this.fileName = fileName;
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getRevisionVersion() {
        return revisionVersion;
    }

    public void setRevisionVersion(Integer revisionVersion) {
        this.revisionVersion = revisionVersion;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Long getLeadBodyId() {
        return leadBodyId;
    }

    public void setLeadBodyId(Long leadBodyId) {
        this.leadBodyId = leadBodyId;
    }

    public List<Long> getPartnerIds() {
        return partnerIds;
    }

    public void setPartnerIds(List<Long> partnerIds) {
        this.partnerIds = partnerIds == null ? new ArrayList<>() : new ArrayList<>(partnerIds);
    }

    public List<Contact> getContacts() {
        return contacts;
    }

    public void setContacts(List<Contact> contacts) {
        this.contacts = contacts == null ? new ArrayList<>() : new ArrayList<>(contacts);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public BigDecimal getSavingsEurosPerYear() {
        return savingsEurosPerYear;
    }

    public void setSavingsEurosPerYear(BigDecimal savingsEurosPerYear) {
        this.savingsEurosPerYear = savingsEurosPerYear;
    }

    public BigDecimal getSavingsEurosOneOff() {
        return savingsEurosOneOff;
    }

    public void setSavingsEurosOneOff(BigDecimal savingsEurosOneOff) {
        this.savingsEurosOneOff = savingsEurosOneOff;
    }

    public BigDecimal getSavingsHoursPerYear() {
        return savingsHoursPerYear;
    }

    public void setSavingsHoursPerYear(BigDecimal savingsHoursPerYear) {
        this.savingsHoursPerYear = savingsHoursPerYear;
    }

    public String getSavingsMethod() {
        return savingsMethod;
    }

    public void setSavingsMethod(String savingsMethod) {
        this.savingsMethod = savingsMethod;
    }

    public String getBarriers() {
        return barriers;
    }

    public void setBarriers(String barriers) {
        this.barriers = barriers;
    }

    public String getBenefits() {
        return benefits;
    }

    public void setBenefits(String benefits) {
        this.benefits = benefits;
    }

    public String getTechnologyText() {
        return technologyText;
    }

    public void setTechnologyText(String technologyText) {
        this.technologyText = technologyText;
    }

    public List<String> getTechnologies() {
        return technologies;
    }

    public void setTechnologies(List<String> technologies) {
        this.technologies = technologies == null ? new ArrayList<>() : new ArrayList<>(technologies);
    }

    public Phase getPhase() {
        return phase;
    }

    public void setPhase(Phase phase) {
        this.phase = phase;
    }

    public Integer getStartYear() {
        return startYear;
    }

    public void setStartYear(Integer startYear) {
        this.startYear = startYear;
    }

    public Set<Area> getAreas() {
        return areas;
    }

    public void setAreas(Set<Area> areas) {
        this.areas = areas == null ? new LinkedHashSet<>() : new LinkedHashSet<>(areas);
    }

    public Set<Typology> getTypologies() {
        return typologies;
    }

    public void setTypologies(Set<Typology> typologies) {
        this.typologies = typologies == null ? new LinkedHashSet<>() : new LinkedHashSet<>(typologies);
    }

    public List<MaterialRow> getMaterials() {
        return materials;
    }

    public void setMaterials(List<MaterialRow> materials) {
        this.materials = materials == null ? new ArrayList<>() : new ArrayList<>(materials);
    }
}
