package cat.digicanvis.portal.application.sheet;

import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.domain.model.file.StoredFile;
import cat.digicanvis.portal.domain.model.project.ProjectSheet;
import cat.digicanvis.portal.domain.model.project.ProjectSheetRepository;
import cat.digicanvis.portal.domain.model.file.StoredFileRepository;
import cat.digicanvis.portal.domain.shared.NotFoundException;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
import cat.digicanvis.portal.infrastructure.config.PortalSettings;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.tika.Tika;

/**
 * Documentation files: the type is detected from the bytes (Apache Tika), never taken from the browser,
 * and only documents and images that readers can open safely are accepted.
 */
@Stateless
public class FileService {

    /** Accepted types, with the extension a download gets. */
    public static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("application/pdf", "pdf"),
            Map.entry("image/png", "png"),
            Map.entry("image/jpeg", "jpg"),
            Map.entry("image/gif", "gif"),
            Map.entry("image/webp", "webp"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
            Map.entry("application/vnd.oasis.opendocument.text", "odt"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "ods"),
            Map.entry("application/vnd.oasis.opendocument.presentation", "odp"),
            Map.entry("application/msword", "doc"),
            Map.entry("application/vnd.ms-excel", "xls"),
            Map.entry("application/vnd.ms-powerpoint", "ppt"));

    /** Types shown in the browser; everything else is downloaded. */
    public static final Set<String> INLINE = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif",
            "image/webp");

    private static final Tika TIKA = new Tika();
    public static final int NAME_MAX = 200;
    /** Files one person may have uploaded that no sheet uses yet (they go after {@code Retention.UNATTACHED_FILE}). */
    public static final int PENDING_FILES = 30;
    /** Their bytes together. */
    public static final long PENDING_BYTES = 100L * 1024 * 1024;

    @Inject
    StoredFileRepository files;
    @Inject
    PortalSettings settings;
    @Inject
    ProjectSheetRepository sheets;

    public UploadedFileView store(Actor actor, String fileName, byte[] content) {
        actor.require(actor.mayWriteSomewhere(), "file.upload");
        if (content == null || content.length == 0) {
            throw new RuleViolationException(Violation.of("file", "validation.file.empty"));
        }
        if (content.length > settings.uploadMaxBytes()) {
            throw new RuleViolationException(Violation.of("file", "validation.file.tooLarge",
                    settings.uploadMaxBytes() / (1024 * 1024)));
        }
        if (actor.accountId() != null && actor.accountId() > 0) {
            long[] pending = files.lockAndCountUnattached(actor.accountId());
            if (pending[0] + 1 > PENDING_FILES || pending[1] + content.length > PENDING_BYTES) {
                throw new RuleViolationException(Violation.of("file", "validation.file.quota", PENDING_FILES,
                        PENDING_BYTES / (1024 * 1024)));
            }
        }
        String name = safeName(fileName);
        String type;
        try {
            type = TIKA.detect(new ByteArrayInputStream(content), name);
        } catch (IOException e) {
            type = "application/octet-stream";
        }
        if (!ALLOWED.containsKey(type)) {
            throw new RuleViolationException(Violation.of("file", "validation.file.type"));
        }
        StoredFile file = new StoredFile(nameFor(name, type), type, sha256(content), content,
                actor.accountId() != null && actor.accountId() > 0 ? actor.accountId() : null);
        files.store(file);
        return new UploadedFileView(file.getId(), file.getFileName(), file.getContentType(), file.getSize());
    }

    /**
     * A file, for whoever may see a sheet that uses it: everyone once a published sheet links to it; before
     * that its uploader, the writers of the sheets that link to it, and editors. Others get "not found".
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public FileContent read(Actor actor, long id) {
        StoredFile f = files.find(id).orElseThrow(() -> new NotFoundException("file", id));
        List<ProjectSheet> using = sheets.referencingFile(id);
        boolean published = using.stream().anyMatch(ProjectSheet::isPublished);
        boolean allowed = published || actor.isEditor()
                || actor.isSignedIn() && actor.accountId().equals(f.getUploadedBy())
                || using.stream().anyMatch(s -> actor.mayWriteFor(s.getLeadBody().getId()));
        if (!allowed) {
            throw new NotFoundException("file", id);
        }
        StoredFileRepository store = files;
        return new FileContent(nameFor(f.getFileName(), f.getContentType()), f.getContentType(), f.getSize(),
                f.getSha256(), published, (offset, length) -> store.chunk(id, offset, length));
    }

    /**
     * The name with the extension of the type the content was found to be ("informe.html" holding a PDF is
     * "informe.pdf"): a download must not be opened by whatever program the uploaded name pointed to.
     */
    static String nameFor(String name, String type) {
        String ext = ALLOWED.get(type);
        if (ext == null) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String current = dot < 1 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        if (current.equals(ext) || ("jpg".equals(ext) && current.equals("jpeg"))) {
            return name;
        }
        String base = dot < 1 ? name : name.substring(0, dot);
        if (base.length() + ext.length() + 1 > NAME_MAX) {
            base = base.substring(0, NAME_MAX - ext.length() - 1);
        }
        return base + "." + ext;
    }

    /** The last path segment, without control or path characters, of bounded length. */
    static String safeName(String fileName) {
        String n = fileName == null ? "" : fileName.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
        if (n.isEmpty()) {
            n = "document";
        }
        return n.length() > NAME_MAX ? n.substring(n.length() - NAME_MAX) : n;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
