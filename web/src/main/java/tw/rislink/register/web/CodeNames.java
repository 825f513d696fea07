package tw.rislink.register.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.Map;
import tw.rislink.platform.web.LocaleView;
import tw.rislink.register.boundary.CodeTableService;
import tw.rislink.register.boundary.RegisterLookup;
import tw.rislink.register.entity.CodeEntry;
import tw.rislink.register.entity.CodeTable;
import tw.rislink.register.entity.Village;

/** Names of codes in the view's language: {@code #{codeNames.of('RELATIONSHIP', m.relationship)}}. */
@Named
@RequestScoped
public class CodeNames {

    @EJB
    private CodeTableService codes;

    @EJB
    private RegisterLookup register;

    @Inject
    private LocaleView locale;

    private final Map<CodeTable, Map<String, CodeEntry>> tables = new EnumMap<>(CodeTable.class);

    public String of(String table, String code) {
        if (code == null) {
            return "";
        }
        CodeEntry entry =
                tables.computeIfAbsent(CodeTable.valueOf(table), codes::names).get(code);
        if (entry == null) {
            return code;
        }
        return locale.isEnglish() ? entry.getNameEn() : entry.getNameZh();
    }

    /** An event's recorded value as a reader wants it: a birth's place by name, others as recorded. */
    public String eventValue(String type, String value) {
        return "BIRTH".equals(type) ? of("COUNTY", value) : value == null ? "" : value;
    }

    /** A village with its town: 松山區 中正里. */
    public String village(String villageCode) {
        return of("TOWN", villageCode.substring(0, 8)) + " "
                + register.village(villageCode).map(Village::getName).orElse(villageCode);
    }

    /** County, town and village of an address, e.g. 臺北市 松山區 中正里. */
    public String area(String countyCode, String villageCode) {
        return of("COUNTY", countyCode) + " " + village(villageCode);
    }
}
