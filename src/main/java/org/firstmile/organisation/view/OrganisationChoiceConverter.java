package org.firstmile.organisation.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstmile.organisation.model.OrganisationType;
import org.firstmile.organisation.service.Choice;
import org.firstmile.organisation.service.OrganisationService;

/**
 * Turns an organisation picker's submitted id back into the organisation it names, reading it from the database, so
 * that a forged or stale id is refused on the page. A picker limited to one part says so with the component
 * attribute {@code organisationType} (for example {@code GRANTEE}); an organisation of another part is refused too.
 * A picker names it as {@code converter="#{organisationChoiceConverter}"}: a CDI bean, so that it can ask the
 * service.
 */
@Named
@ApplicationScoped
public class OrganisationChoiceConverter implements Converter<Choice> {

    /** The component attribute that limits a picker to one {@link OrganisationType}. */
    public static final String TYPE_ATTRIBUTE = "organisationType";

    @Inject
    OrganisationService organisations;

    @Override
    public Choice getAsObject(FacesContext context, UIComponent component, String value) {
        return read(value, type(component.getAttributes().get(TYPE_ATTRIBUTE)));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Choice value) {
        return value == null || value.id() == null ? "" : value.id().toString();
    }

    /** The organisation a submitted id names, if it is one of {@code type} (any part when null); null for none. */
    Choice read(String value, OrganisationType type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        long id;
        try {
            id = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw refused();
        }
        return organisations.picked(id, type).orElseThrow(OrganisationChoiceConverter::refused);
    }

    /** The {@link #TYPE_ATTRIBUTE}'s value, given as the constant or its name in the page. */
    static OrganisationType type(Object attribute) {
        if (attribute == null || attribute instanceof OrganisationType) {
            return (OrganisationType) attribute;
        }
        return OrganisationType.valueOf(attribute.toString());
    }

    private static ConverterException refused() {
        String text = "Type part of the organisation's name or org-id, then choose it from the list.";
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}
