package uk.registerly.server.exports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jdbi.v3.core.Handle;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import uk.registerly.rules.pupil.Upn;
import uk.registerly.server.http.ApiException;
import uk.registerly.server.http.ErrorCode;
import uk.registerly.server.roster.RosterImport;

/**
 * A joiner's CTF from their last school (issue 17, item 2): only the attendance history is taken, as
 * read-only prior-school data on the pupil's record, matched to a pupil already on this school's roster
 * by UPN. Nothing else in the file is read: never contacts, never names or addresses. "A SIMS CTF import
 * defect (2018-2019) matched contacts by name and linked new pupils to existing parents, overwriting
 * addresses and phone numbers ... Import only school-held sections (history, attendance); never merge
 * contacts automatically" (statutory-data.md section 2). A file with any problem is refused whole.
 *
 * <p>The parser refuses DOCTYPEs (no external entities, no entity expansion).
 */
final class CtfImport {

    /** What was imported: pupils and years. */
    record Imported(int pupils, int years, List<ImportedPupil> imported) {
    }

    record ImportedPupil(UUID pupil, String upn, List<PriorYear> years) {
    }

    private CtfImport() {
    }

    static Document parse(byte[] body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(body));
        } catch (SAXException e) {
            throw ApiException.badRequest("the CTF is not well-formed XML: " + e.getMessage());
        } catch (IOException | ParserConfigurationException e) {
            throw new IllegalStateException("reading XML in memory", e);
        }
    }

    static Imported run(Handle h, UUID school, SchoolIdentifiers own, byte[] body) {
        Document document = parse(body);
        Element root = document.getDocumentElement();
        if (!"CTfile".equals(root.getTagName())) {
            throw ApiException.badRequest("a CTF's root element is CTfile, not " + root.getTagName());
        }
        List<RosterImport.Problem> problems = new ArrayList<>();
        List<ImportedPupil> imported = new ArrayList<>();
        int index = 0;
        for (Element pupil : children(child(root, "CTFpupilData"), "Pupil")) {
            index++;
            String where = "Pupil " + index;
            String upnText = text(pupil, "UPN");
            Upn upn;
            try {
                upn = Upn.parse(upnText);
            } catch (IllegalArgumentException e) {
                problems.add(new RosterImport.Problem(index, where + ": " + e.getMessage()));
                continue;
            }
            Optional<UUID> id = h.createQuery("select pupil_id from pupil_characteristics where school_id = :s and upn = :u")
                    .bind("s", school).bind("u", upn.value()).mapTo(UUID.class).findOne();
            if (id.isEmpty()) {
                problems.add(new RosterImport.Problem(index, where + ": no pupil of this school has UPN " + upn
                        + " (import the pupils file with the joiner first)"));
                continue;
            }
            List<PriorYear> years = new ArrayList<>();
            for (Element year : children(child(pupil, "Attendance"), "YearData")) {
                try {
                    PriorYear y = year(year);
                    if (!(y.lea() + y.estab()).equals(own.laEstab())) {
                        years.add(y);
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(new RosterImport.Problem(index, where + " (UPN " + upn + "): " + e.getMessage()));
                }
            }
            imported.add(new ImportedPupil(id.get(), upn.value(), years));
        }
        if (index == 0) {
            throw ApiException.badRequest("the CTF has no CTFpupilData/Pupil");
        }
        if (!problems.isEmpty()) {
            throw new ApiException(ErrorCode.INVALID_ROSTER, problems.size() + " problem(s) in the CTF; nothing was"
                    + " imported (first: " + problems.get(0).message() + ")", new RosterImport.Problems(problems));
        }
        int count = 0;
        for (ImportedPupil p : imported) {
            for (PriorYear y : p.years()) {
                store(h, school, p.pupil(), y);
                count++;
            }
        }
        return new Imported(imported.size(), count, imported);
    }

    private static PriorYear year(Element year) {
        String lea = required(year, "LEA");
        String estab = required(year, "Estab");
        Element sessions = child(year, "AttendSessions");
        LocalDate start = null;
        String marks = null;
        if (sessions != null) {
            String startText = text(sessions, "AttendanceStartDate");
            try {
                start = startText.isEmpty() ? null : LocalDate.parse(startText);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("AttendanceStartDate '" + startText + "' is not a date (yyyy-MM-dd)");
            }
            marks = text(sessions, "AttendanceMarks");
            if (marks.length() % 2 != 0) {
                throw new IllegalArgumentException("AttendanceMarks has " + marks.length()
                        + " characters: two a day (AM then PM)");
            }
        }
        String name = text(year, "SchoolName");
        return new PriorYear(number(year, "Year", 1900, 2200), lea, estab, name.isEmpty() ? null : name,
                number(year, "SessionsPossible", 0, 1000), number(year, "SessionsAuthorised", 0, 1000),
                number(year, "SessionsAttended", 0, 1000), number(year, "SessionsUnauthorised", 0, 1000), start,
                marks == null || marks.isEmpty() ? null : marks);
    }

    private static void store(Handle h, UUID school, UUID pupil, PriorYear y) {
        h.createUpdate("""
                        insert into prior_attendance (school_id, pupil_id, year, lea, estab, school_name, sessions_possible,
                            sessions_authorised, sessions_attended, sessions_unauthorised, start_date, marks)
                        values (:school, :pupil, :year, :lea, :estab, :name, :possible, :authorised, :attended,
                            :unauthorised, :start, :marks)
                        on conflict (school_id, pupil_id, year, lea, estab) do update set school_name = excluded.school_name,
                            sessions_possible = excluded.sessions_possible, sessions_authorised = excluded.sessions_authorised,
                            sessions_attended = excluded.sessions_attended,
                            sessions_unauthorised = excluded.sessions_unauthorised, start_date = excluded.start_date,
                            marks = excluded.marks, imported_at = now()""")
                .bind("school", school).bind("pupil", pupil).bind("year", y.year()).bind("lea", y.lea())
                .bind("estab", y.estab()).bind("name", y.schoolName()).bind("possible", y.possible())
                .bind("authorised", y.authorised()).bind("attended", y.attended()).bind("unauthorised", y.unauthorised())
                .bind("start", y.startDate()).bind("marks", y.marks())
                .execute();
    }

    /** The prior-school years stored for {@code pupil}, oldest first. */
    public static List<PriorYear> of(Handle h, UUID school, UUID pupil) {
        return h.createQuery("""
                        select year, lea, estab, school_name, sessions_possible, sessions_authorised, sessions_attended,
                               sessions_unauthorised, start_date, marks
                        from prior_attendance where school_id = :school and pupil_id = :pupil order by year, lea, estab""")
                .bind("school", school).bind("pupil", pupil)
                .map((rs, ctx) -> new PriorYear(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getObject(9, LocalDate.class),
                        rs.getString(10)))
                .list();
    }

    private static int number(Element parent, String name, int min, int max) {
        String value = required(parent, name);
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                throw new IllegalArgumentException(name + " " + n + " must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " '" + value + "' is not a whole number");
        }
    }

    private static String required(Element parent, String name) {
        String value = text(parent, name);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(name + " is missing");
        }
        return value;
    }

    static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    static List<Element> children(Element parent, String name) {
        List<Element> list = new ArrayList<>();
        if (parent == null) {
            return list;
        }
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
                list.add(e);
            }
        }
        return list;
    }

    static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? "" : e.getTextContent().trim();
    }
}
