package uk.registerly.server.exports;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jdbi.v3.core.Handle;
import uk.registerly.rules.figures.ReportingPeriod;
import uk.registerly.rules.statutory.CtfAttendanceMarks;
import uk.registerly.rules.statutory.SessionCounts;
import uk.registerly.server.http.ApiException;

/**
 * A Common Transfer File, version 25, with the pupils' basic details and attendance (issue 17, item 2;
 * statutory-data.md section 2). The header is as the DfE's own GIAP service writes it
 * ({@code CTfile/Header}: DocumentName "Common Transfer File", CTFversion 25.0, DateTime,
 * DocumentQualifier, DataDescriptor, SupplierID, SourceSchool {LEA, Estab, SchoolName, AcademicYear},
 * DestSchool {LEA, Estab}); CTF 25 "only uses the Sex tag not Gender". The attendance section's element
 * names come from one MIS's public import/export code (the official schema text was not found):
 * {@code Attendance/YearData} per academic year and school, only where SessionsPossible &gt; 0, with the
 * optional {@code AttendSessions}. Written with the JDK's StAX writer, so every value is escaped.
 *
 * <p>DocumentQualifier is {@code partial}: the file carries basic details and attendance, not
 * assessment, SEN history or contacts.
 */
final class CtfExport {

    static final String VERSION = "25.0";
    static final String SUPPLIER = "Registerly";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    /** A destination: an establishment's LA code and number, or MMM/MMMM (not known) or XXX/XXXX (not a school). */
    record Destination(String lea, String estab) {

        static Destination parse(String text) {
            if (text == null || text.isBlank()) {
                return new Destination("MMM", "MMMM");
            }
            String t = text.trim().toUpperCase(java.util.Locale.ROOT);
            if (t.matches("[0-9]{7}") || t.equals("MMMMMMM") || t.equals("XXXXXXX")) {
                return new Destination(t.substring(0, 3), t.substring(3));
            }
            throw ApiException.badRequest("dest must be the destination's LA code and establishment number"
                    + " (7 digits, e.g. 9192002), MMMMMMM (not known) or XXXXXXX (not a school)");
        }

        String laEstab() {
            return lea + estab;
        }
    }

    record File(String name, byte[] xml, int pupils) {
    }

    private CtfExport() {
    }

    /** The next file name to {@code destination}: LLLEEEE_CTF_LLLEEEE_NNN.XML, the sequence kept per destination. */
    static String nextFileName(Handle h, UUID school, SchoolIdentifiers source, Destination destination) {
        int number = h.createQuery("""
                        insert into ctf_sequences (school_id, destination, last_number) values (:school, :dest, 1)
                        on conflict (school_id, destination) do update set last_number = ctf_sequences.last_number + 1
                        returning last_number""")
                .bind("school", school).bind("dest", destination.laEstab())
                .mapTo(Integer.class).one();
        if (number > 999) {
            throw ApiException.conflict("999 CTFs have been sent to " + destination.laEstab()
                    + ": the file name's sequence has three digits");
        }
        return source.laEstab() + "_CTF_" + destination.laEstab() + "_" + String.format("%03d", number) + ".XML";
    }

    static File write(String fileName, String schoolName, SchoolIdentifiers source, Destination destination,
                      List<ExportPupils.Evaluated> pupils, Map<UUID, List<PriorYear>> prior, LocalDate asOf,
                      LocalDateTime now) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("CTfile");
            xml.writeStartElement("Header");
            element(xml, "DocumentName", "Common Transfer File");
            element(xml, "CTFversion", VERSION);
            element(xml, "DateTime", DATE_TIME.format(now.truncatedTo(ChronoUnit.SECONDS)));
            element(xml, "DocumentQualifier", "partial");
            element(xml, "DataDescriptor", "Basic details and attendance");
            element(xml, "SupplierID", SUPPLIER);
            xml.writeStartElement("SourceSchool");
            element(xml, "LEA", source.laCode());
            element(xml, "Estab", source.establishmentNumber());
            element(xml, "SchoolName", schoolName);
            element(xml, "AcademicYear", Integer.toString(ReportingPeriod.schoolYearStart(asOf).getYear()));
            xml.writeEndElement();
            xml.writeStartElement("DestSchool");
            element(xml, "LEA", destination.lea());
            element(xml, "Estab", destination.estab());
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement("CTFpupilData");
            for (ExportPupils.Evaluated p : pupils) {
                pupil(xml, p, schoolName, source, prior.getOrDefault(p.row().id(), List.of()), asOf);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing a CTF in memory", e);
        }
        return new File(fileName, out.toByteArray(), pupils.size());
    }

    private static void pupil(XMLStreamWriter xml, ExportPupils.Evaluated p, String schoolName,
                              SchoolIdentifiers source, List<PriorYear> prior, LocalDate asOf) throws XMLStreamException {
        xml.writeStartElement("Pupil");
        element(xml, "UPN", p.characteristics().upn().value());
        element(xml, "Surname", p.row().lastName());
        element(xml, "Forename", p.row().firstName());
        element(xml, "DOB", p.row().dateOfBirth().toString());
        if (p.characteristics().sex() != null) {
            element(xml, "Sex", p.characteristics().sex().code());
        }
        xml.writeStartElement("Attendance");
        for (PriorYear year : prior) {
            if (year.possible() > 0) {
                yearData(xml, Integer.toString(year.year()), year.lea(), year.estab(), year.schoolName(),
                        year.possible(), year.authorised(), year.attended(), year.unauthorised(), year.startDate(),
                        year.marks());
            }
        }
        for (ReportingPeriod period : yearsOf(p, asOf)) {
            SessionCounts counts = SessionCounts.of(p.evaluation(), period);
            if (counts.possible() > 0) {
                yearData(xml, Integer.toString(ReportingPeriod.schoolYearStart(period.from()).getYear()),
                        source.laCode(), source.establishmentNumber(), schoolName, counts.possible(),
                        counts.authorised(), counts.attended(), counts.unauthorised(), period.from(),
                        CtfAttendanceMarks.of(p.evaluation(), period.from(), period.to()));
            }
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /**
     * The academic years (1 September to 31 August) the pupil was here, each up to {@code asOf} or the
     * last day on roll: the periods the YearData cover. The current year's is the same range as
     * {@code GET /pupils/{id}/attendance}'s default (1 September to today).
     */
    static List<ReportingPeriod> yearsOf(ExportPupils.Evaluated p, LocalDate asOf) {
        LocalDate end = p.row().onRollUntil() != null && p.row().onRollUntil().isBefore(asOf)
                ? p.row().onRollUntil() : asOf;
        LocalDate first = p.evaluation().calendar().terms().isEmpty() ? end
                : p.evaluation().calendar().terms().get(0).from();
        if (p.row().onRollFrom() != null && p.row().onRollFrom().isAfter(first)) {
            first = p.row().onRollFrom();
        }
        List<ReportingPeriod> years = new ArrayList<>();
        for (LocalDate start = ReportingPeriod.schoolYearStart(first); !start.isAfter(end); start = start.plusYears(1)) {
            LocalDate last = start.plusYears(1).minusDays(1);
            years.add(ReportingPeriod.between(start, last.isAfter(end) ? end : last));
        }
        return years;
    }

    private static void yearData(XMLStreamWriter xml, String year, String lea, String estab, String schoolName,
                                 int possible, int authorised, int attended, int unauthorised, LocalDate start,
                                 String marks) throws XMLStreamException {
        xml.writeStartElement("YearData");
        element(xml, "Year", year);
        element(xml, "LEA", lea);
        element(xml, "Estab", estab);
        if (schoolName != null) {
            element(xml, "SchoolName", schoolName);
        }
        element(xml, "SessionsPossible", Integer.toString(possible));
        element(xml, "SessionsAuthorised", Integer.toString(authorised));
        element(xml, "SessionsAttended", Integer.toString(attended));
        element(xml, "SessionsUnauthorised", Integer.toString(unauthorised));
        if (start != null && marks != null) {
            xml.writeStartElement("AttendSessions");
            element(xml, "AttendanceStartDate", start.toString());
            element(xml, "AttendanceMarks", marks);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    /** Bytes as text, for tests and logs of sizes only. */
    static String text(File file) {
        return new String(file.xml(), StandardCharsets.UTF_8);
    }
}
