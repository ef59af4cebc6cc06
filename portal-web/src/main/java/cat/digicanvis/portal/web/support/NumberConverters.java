package cat.digicanvis.portal.web.support;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The portal's number fields read numbers as people write them in the page's language ({@link LocaleNumbers}):
 * these replace JSF's standard converters for BigDecimal, Double and Integer, which take "4500.00" only (registered
 * for those types in faces-config.xml).
 */
public final class NumberConverters {

    private NumberConverters() {
    }

    static Locale locale(FacesContext ctx) {
        return ctx.getViewRoot() == null ? Locale.forLanguageTag("ca") : ctx.getViewRoot().getLocale();
    }

    static BigDecimal read(FacesContext ctx, UIComponent c, String value) {
        try {
            return LocaleNumbers.parse(value, locale(ctx));
        } catch (IllegalArgumentException e) {
            throw refusal(ctx, c);
        }
    }

    /** "Field: must be a number." in the reader's language (a field's converterMessage, when set, replaces it). */
    static ConverterException refusal(FacesContext ctx, UIComponent c) {
        Object label = c == null ? null : c.getAttributes().get("label");
        String text = Messages.text(ctx, "validation.number");
        return new ConverterException(new jakarta.faces.application.FacesMessage(
                jakarta.faces.application.FacesMessage.SEVERITY_ERROR, label == null ? text : label + ": " + text, null));
    }

    public static class Decimal implements Converter<BigDecimal> {
        @Override
        public BigDecimal getAsObject(FacesContext ctx, UIComponent c, String value) {
            return read(ctx, c, value);
        }

        @Override
        public String getAsString(FacesContext ctx, UIComponent c, BigDecimal value) {
            return LocaleNumbers.format(value, locale(ctx));
        }
    }

    public static class Real implements Converter<Double> {
        @Override
        public Double getAsObject(FacesContext ctx, UIComponent c, String value) {
            BigDecimal n = read(ctx, c, value);
            return n == null ? null : n.doubleValue();
        }

        @Override
        public String getAsString(FacesContext ctx, UIComponent c, Double value) {
            return value == null ? "" : LocaleNumbers.format(BigDecimal.valueOf(value), locale(ctx));
        }
    }

    public static class Whole implements Converter<Integer> {
        @Override
        public Integer getAsObject(FacesContext ctx, UIComponent c, String value) {
            BigDecimal n = read(ctx, c, value);
            if (n == null) {
                return null;
            }
            try {
                return n.intValueExact();
            } catch (ArithmeticException e) {
                throw refusal(ctx, c);
            }
        }

        @Override
        public String getAsString(FacesContext ctx, UIComponent c, Integer value) {
            return value == null ? "" : LocaleNumbers.format(value, locale(ctx));
        }
    }
}
