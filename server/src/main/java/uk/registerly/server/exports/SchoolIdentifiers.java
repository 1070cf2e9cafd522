package uk.registerly.server.exports;

import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import uk.registerly.server.http.ApiException;

/**
 * The identifiers that name the school to the DfE and to other schools (issue 17, item 1): its URN (6
 * digits; the daily attendance data's "school URN"), its LA code (3 digits) and its establishment number
 * (4 digits): the CTF's {@code LEA} and {@code Estab}, and characters 2-8 of the UPNs it allocates.
 */
public record SchoolIdentifiers(String urn, String laCode, String establishmentNumber) {

    public SchoolIdentifiers {
        check("urn", urn, 6);
        check("laCode", laCode, 3);
        check("establishmentNumber", establishmentNumber, 4);
    }

    private static void check(String field, String value, int digits) {
        if (value == null || !value.matches("[0-9]{" + digits + "}")) {
            throw new IllegalArgumentException(field + " must be " + digits + " digits"
                    + (value == null ? "" : " (it is '" + value + "')"));
        }
    }

    /** LA code and establishment number together, as CTF file names write them (LLLEEEE). */
    public String laEstab() {
        return laCode + establishmentNumber;
    }

    public static Optional<SchoolIdentifiers> of(Handle h, UUID school) {
        return h.createQuery("select urn, la_code, estab as establishment_number from school_identifiers"
                        + " where school_id = :school")
                .bind("school", school)
                .map(ConstructorMapper.of(SchoolIdentifiers.class))
                .findOne();
    }

    /** The school's, or 409 saying how to set them. */
    public static SchoolIdentifiers required(Handle h, UUID school) {
        return of(h, school).orElseThrow(() -> ApiException.conflict("the school's URN, LA code and establishment"
                + " number are not set: PUT /api/v1/school/identifiers first"));
    }

    public static void save(Handle h, UUID school, SchoolIdentifiers ids) {
        h.createUpdate("""
                        insert into school_identifiers (school_id, urn, la_code, estab) values (:school, :urn, :la, :estab)
                        on conflict (school_id) do update set urn = excluded.urn, la_code = excluded.la_code,
                            estab = excluded.estab, updated_at = now()""")
                .bind("school", school).bind("urn", ids.urn()).bind("la", ids.laCode())
                .bind("estab", ids.establishmentNumber())
                .execute();
    }
}
