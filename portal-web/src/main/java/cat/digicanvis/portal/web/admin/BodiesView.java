package cat.digicanvis.portal.web.admin;

import cat.digicanvis.portal.application.body.BodyEdit;
import cat.digicanvis.portal.application.body.LocalBodyService;
import cat.digicanvis.portal.application.catalogue.BodySummaryView;
import cat.digicanvis.portal.domain.model.localbody.BodyOrder;
import cat.digicanvis.portal.domain.shared.ConcurrentEditException;
import cat.digicanvis.portal.domain.shared.NotFoundException;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.web.account.CurrentUser;
import cat.digicanvis.portal.web.support.Messages;
import cat.digicanvis.portal.web.support.PagedList;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;

/** Administrators find a local body and correct its name, population, area or position (admin/bodies.xhtml). */
@Named
@ViewScoped
public class BodiesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, BodyOrder> ORDERS = Map.of("name", BodyOrder.NAME, "type", BodyOrder.TYPE,
            "population", BodyOrder.POPULATION);

    @Inject
    LocalBodyService bodies;
    @Inject
    CurrentUser me;

    private String query;
    private PagedList<BodySummaryView> results;
    private Long id;
    private int version;
    private String name;
    private Integer population;
    private BigDecimal areaKm2;
    private Double latitude;
    private Double longitude;

    public void load() {
        if (results == null) {
            search();
        }
    }

    /** A new search starts the table again from its first page (every body, sorted by name unless chosen). */
    public void search() {
        String text = query;
        results = PagedList.sorted(ORDERS, BodyOrder.NAME,
                (order, ascending, first, max) -> bodies.list(me.actor(), text, order, ascending, first, max),
                () -> bodies.listSize(me.actor(), text), BodySummaryView::id);
    }

    public void choose(long bodyId) {
        BodyEdit e = bodies.edit(me.actor(), bodyId);
        id = e.id();
        version = e.version();
        name = e.name();
        population = e.population();
        areaKm2 = e.areaKm2();
        latitude = e.latitude();
        longitude = e.longitude();
    }

    public void save() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        try {
            bodies.update(me.actor(), new BodyEdit(id, version, name, population, areaKm2, latitude, longitude));
            Messages.info(ctx, Messages.text(ctx, "admin.saved"));
            choose(id);
        } catch (RuleViolationException e) {
            Messages.violations(ctx, e.violations());
        } catch (ConcurrentEditException | NotFoundException e) {
            Messages.error(ctx, Messages.text(ctx, "admin.conflict"));
            choose(id);
        }
    }

    public boolean isEditing() {
        return id != null;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public PagedList<BodySummaryView> getResults() {
        return results;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getPopulation() {
        return population;
    }

    public void setPopulation(Integer population) {
        this.population = population;
    }

    public BigDecimal getAreaKm2() {
        return areaKm2;
    }

    public void setAreaKm2(BigDecimal areaKm2) {
        this.areaKm2 = areaKm2;
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }
}
