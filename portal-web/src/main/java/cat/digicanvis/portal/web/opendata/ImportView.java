package cat.digicanvis.portal.web.opendata;

import cat.digicanvis.portal.application.opendata.SheetImportService;
import cat.digicanvis.portal.domain.shared.AccessDeniedException;
import cat.digicanvis.portal.domain.shared.NotFoundException;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.web.account.CurrentUser;
import cat.digicanvis.portal.web.support.Messages;
import cat.digicanvis.portal.web.support.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Importing sheets from a spreadsheet (account/import.xhtml): upload, a dry run with each refused row's problems,
 * then the import in the background, whose progress the same page shows ({@code ?job=N}) until it is done.
 */
@Named
@ViewScoped
public class ImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A problem as the page lists it. */
    public record ProblemRow(int row, String column, String message) implements Serializable {
    }

    /** Problems listed at most; a file with more has a problem of its own to fix first. */
    static final int SHOWN = 500;

    @Inject
    transient SheetImportService imports;
    @Inject
    CurrentUser me;

    private transient Part upload;
    private boolean publish;
    private String job;
    private String fileName;
    private ArrayList<Map<String, String>> rows;
    private SheetImportService.Check check;
    private SheetImportService.JobView jobView;

    /** The page's view action: a job's progress when the address names one. */
    public void load() {
        Long id = Pages.parseId(job);
        if (job != null && id == null) {
            Pages.notFound();
            return;
        }
        if (id != null) {
            try {
                jobView = imports.job(me.actor(), id);
            } catch (NotFoundException | AccessDeniedException e) {
                Pages.notFound();
            }
        }
    }

    /** The dry run: reads the file and says what would be refused; nothing is written. */
    public void check() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        check = null;
        rows = null;
        if (upload == null || upload.getSize() == 0) {
            Messages.error(ctx, Messages.text(ctx, "import.noFile"));
            return;
        }
        try (InputStream in = upload.getInputStream()) {
            fileName = upload.getSubmittedFileName() == null ? "import" : upload.getSubmittedFileName();
            List<Map<String, String>> read = SpreadsheetFile.read(fileName, in);
            check = imports.check(me.actor(), read, publish && me.isEditor());
            rows = new ArrayList<>(read);
        } catch (RuleViolationException e) {
            Messages.violations(ctx, e.violations());
        } catch (AccessDeniedException e) {
            Messages.error(ctx, Messages.text(ctx, "import.notAllowed"));
        } catch (IOException e) {
            Messages.error(ctx, Messages.text(ctx, "import.uploadFailed"));
        }
    }

    /** Starts the import of the checked file and shows its progress. */
    public void start() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        if (rows == null) {
            Messages.error(ctx, Messages.text(ctx, "import.noFile"));
            return;
        }
        try {
            long id = imports.start(me.actor(), fileName, rows, publish && me.isEditor());
            imports.run(id);
            Pages.redirect("/account/import.xhtml?job=" + id);
        } catch (RuleViolationException e) {
            Messages.violations(ctx, e.violations());
        } catch (AccessDeniedException e) {
            Messages.error(ctx, Messages.text(ctx, "import.notAllowed"));
        }
    }

    /** The dry run's or the job's problems, in the reader's language. */
    public List<ProblemRow> problems(List<SheetImportService.Problem> problems) {
        return rows(problems, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** Problems as rows in a language, the first {@value #SHOWN} (for the page and the API). */
    public static List<ProblemRow> rows(List<SheetImportService.Problem> problems, Locale locale) {
        return problems.stream().limit(SHOWN).map(p -> new ProblemRow(p.row(), p.violation().field(),
                Messages.describe(p.violation(), locale))).toList();
    }

    public List<SheetImportService.JobView> getRecent() {
        return me.isSignedIn() ? imports.recent(me.actor()) : List.of();
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public boolean isPublish() {
        return publish;
    }

    public void setPublish(boolean publish) {
        this.publish = publish;
    }

    public String getJob() {
        return job;
    }

    public void setJob(String job) {
        this.job = job;
    }

    public SheetImportService.Check getCheck() {
        return check;
    }

    public SheetImportService.JobView getJobView() {
        return jobView;
    }

    public String getFileName() {
        return fileName;
    }
}
