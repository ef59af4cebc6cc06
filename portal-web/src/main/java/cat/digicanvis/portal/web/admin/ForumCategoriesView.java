package cat.digicanvis.portal.web.admin;

import cat.digicanvis.portal.application.forum.CategoryForm;
import cat.digicanvis.portal.application.forum.CategoryView;
import cat.digicanvis.portal.application.forum.ForumModerationService;
import cat.digicanvis.portal.domain.model.forum.CategoryAccess;
import cat.digicanvis.portal.domain.model.project.Area;
import cat.digicanvis.portal.domain.shared.AccessDeniedException;
import cat.digicanvis.portal.domain.shared.ConcurrentEditException;
import cat.digicanvis.portal.domain.shared.NotFoundException;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.web.account.CurrentUser;
import cat.digicanvis.portal.web.support.Messages;
import cat.digicanvis.portal.web.support.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The forum's categories for administrators (admin/forum.xhtml[?edit=N]): names in three languages, order, access. */
@Named
@ViewScoped
public class ForumCategoriesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ForumModerationService moderation;
    @Inject
    CurrentUser me;

    private String edit;
    private List<CategoryView> categories;
    private Long id;
    private int version;
    private String slug;
    private String nameCa;
    private String nameEs;
    private String nameEn;
    private String descriptionCa;
    private String descriptionEs;
    private String descriptionEn;
    private String position = "10";
    private String readAccess = CategoryAccess.EVERYONE.name();
    private String startAccess = CategoryAccess.VERIFIED.name();
    private String area = "";

    public void load() {
        if (categories != null) {
            return;
        }
        try {
            categories = moderation.categories(me.actor());
        } catch (AccessDeniedException e) {
            Pages.forbidden();
            return;
        }
        Long wanted = Pages.parseId(edit);
        categories.stream().filter(c -> wanted != null && c.id() == wanted).findFirst().ifPresent(c -> {
            id = c.id();
            version = c.version();
            slug = c.slug();
            nameCa = c.nameCa();
            nameEs = c.nameEs();
            nameEn = c.nameEn();
            descriptionCa = c.descriptionCa();
            descriptionEs = c.descriptionEs();
            descriptionEn = c.descriptionEn();
            position = String.valueOf(c.position());
            readAccess = c.readAccess().name();
            startAccess = c.startAccess().name();
            area = c.area() == null ? "" : c.area().name();
        });
        if (id == null) {
            position = String.valueOf(categories.stream().mapToInt(CategoryView::position).max().orElse(0) + 1);
        }
    }

    public void save() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        int pos;
        try {
            pos = Integer.parseInt(position == null ? "" : position.strip());
        } catch (NumberFormatException e) {
            pos = -1;
        }
        try {
            moderation.saveCategory(me.actor(), new CategoryForm(id, version, slug, nameCa, nameEs, nameEn,
                    descriptionCa, descriptionEs, descriptionEn, pos, access(readAccess), access(startAccess),
                    area == null || area.isBlank() ? null : Area.valueOf(area)));
            Pages.flash(Messages.text(ctx, "forum.categorySaved"));
            Pages.redirect("/admin/forum.xhtml");
        } catch (RuleViolationException e) {
            Messages.violations(ctx, e.violations());
        } catch (ConcurrentEditException e) {
            Messages.error(ctx, Messages.text(ctx, "validation.concurrent"));
        } catch (NotFoundException e) {
            Pages.notFound();
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        } catch (IllegalArgumentException e) {
            Messages.error(ctx, Messages.text(ctx, "validation.required"));
        }
    }

    private static CategoryAccess access(String raw) {
        try {
            return raw == null || raw.isBlank() ? null : CategoryAccess.valueOf(raw);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public List<CategoryAccess> getReadOptions() {
        return List.of(CategoryAccess.EVERYONE, CategoryAccess.MEMBERS);
    }

    public List<CategoryAccess> getStartOptions() {
        return List.of(CategoryAccess.VERIFIED, CategoryAccess.MEMBERS, CategoryAccess.STAFF);
    }

    public List<Area> getAreas() {
        return List.of(Area.values());
    }

    public List<CategoryView> getCategories() {
        return categories;
    }

    public boolean isEditing() {
        return id != null;
    }

    public String getEdit() {
        return edit;
    }

    public void setEdit(String edit) {
        this.edit = edit;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getNameCa() {
        return nameCa;
    }

    public void setNameCa(String nameCa) {
        this.nameCa = nameCa;
    }

    public String getNameEs() {
        return nameEs;
    }

    public void setNameEs(String nameEs) {
        this.nameEs = nameEs;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getDescriptionCa() {
        return descriptionCa;
    }

    public void setDescriptionCa(String descriptionCa) {
        this.descriptionCa = descriptionCa;
    }

    public String getDescriptionEs() {
        return descriptionEs;
    }

    public void setDescriptionEs(String descriptionEs) {
        this.descriptionEs = descriptionEs;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getReadAccess() {
        return readAccess;
    }

    public void setReadAccess(String readAccess) {
        this.readAccess = readAccess;
    }

    public String getStartAccess() {
        return startAccess;
    }

    public void setStartAccess(String startAccess) {
        this.startAccess = startAccess;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }
}
