package cat.digicanvis.portal.web.support;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * The date pickers keep the day as text: the picker shows it as dd/mm/yyyy and what was written goes to the page's
 * bean in that pattern when it reads as a day ("3/2/2027" becomes "03/02/2027"), as it is otherwise, where
 * {@link IsoDays} reads it with the form's other rules. A day that does not parse is then one more message in the
 * same round, next to its field, instead of a conversion error that stops the rest. (PrimeFaces hands a text
 * value to the picker's script as it is, so the bean's text must be in the picker's pattern.)
 */
@FacesConverter("dayText")
public class DayTextConverter implements Converter<Object> {

    @Override
    public Object getAsObject(FacesContext ctx, UIComponent c, String value) {
        // a day that reads is kept in the picker's own pattern: the picker shows a text value as it is
        return value == null || value.isBlank() ? null : IsoDays.shown(value.strip());
    }

    @Override
    public String getAsString(FacesContext ctx, UIComponent c, Object value) {
        // the picker passes its first and last days through here too
        return value instanceof java.time.LocalDate day ? IsoDays.shown(day.toString()) : IsoDays.shown((String) value);
    }
}
