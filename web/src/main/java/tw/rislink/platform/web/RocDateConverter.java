package tw.rislink.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import tw.rislink.calendar.entity.RocDate;

/**
 * Shows dates and times in the ROC calendar ({@code 115/11/22}, {@code 115/11/22 16:21:59})
 * and reads typed dates back, in either form {@link RocDate#parse} accepts ({@code 115/11/22},
 * {@code 1151122}).
 */
@FacesConverter("rocDate")
public class RocDateConverter implements Converter<Object> {

    @Override
    public Object getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return RocDate.parse(value);
        } catch (IllegalArgumentException e) {
            String summary = Texts.get(context, "converter.rocDate.invalid", value);
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, summary), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDateTime dateTime) {
            return RocDate.format(dateTime);
        }
        if (value instanceof LocalDate date) {
            return RocDate.format(date);
        }
        throw new ConverterException("rocDate converts LocalDate and LocalDateTime, not " + value.getClass());
    }
}
