package uk.registerly.app.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import uk.registerly.app.data.db.entity.SchoolEntity;
import uk.registerly.app.data.roster.RosterChangeApplier;
import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.app.data.roster.SchoolRules;
import uk.registerly.app.data.roster.SchoolRulesParser;

/**
 * A small school in the shape the server's pull sends (sync-protocol §6): Millbrook's registers
 * (AM late after 08:50, closed 09:15; PM late after 13:05, closed 13:20), the autumn term of 2026
 * with an INSET day on 1 September, class 3A (year 3) taught by Alice Patel with three pupils, and
 * class 4A (year 4). The fixed test clock reads Monday 7 September 2026, 08:42 in London.
 */
public final class TestSchool {
    public static final String SCHOOL = "9866b7d2-0000-4000-8000-000000000001";
    public static final String TEACHER = "a48f0000-0000-4000-8000-000000000002";
    public static final String CLASS_3A = "c3a00000-0000-4000-8000-000000000003";
    public static final String CLASS_4A = "c4a00000-0000-4000-8000-000000000004";
    public static final String AMARA = "11111111-0000-4000-8000-000000000011";
    public static final String DANIEL = "22222222-0000-4000-8000-000000000022";
    public static final String ELSIE = "33333333-0000-4000-8000-000000000033";
    public static final String FINN = "44444444-0000-4000-8000-000000000044";
    public static final String TEACHER_SIGNATURE = "Alice Patel, Class Teacher";
    public static final String OFFICE_SIGNATURE = "Rita Anand, Attendance Officer";
    /** The office device's own staff member (TestDataLayer's OFFICE identity). */
    public static final String OFFICE_STAFF = "0ff1ce00-0000-4000-8000-000000000009";

    /** Daniel's contacts, for first-day calling (GUARDIAN rows reach office devices only). */
    public static final String GRACE = "9a4d0000-0000-4000-8000-0000000000a1";
    public static final String HARJ = "9a4d0000-0000-4000-8000-0000000000a2";

    private TestSchool() {
    }

    /** The children of Amara's and Daniel's parent, with their school (Finn is another family's). */
    public static java.util.Map<String, String> amaraAndDaniel() {
        java.util.Map<String, String> children = new java.util.HashMap<>();
        children.put(AMARA, SCHOOL);
        children.put(DANIEL, SCHOOL);
        return children;
    }

    /** Daniel's mother (07700 900123) and father (07700 900456), in that order. */
    public static void danielsContacts(RosterChangeApplier roster) {
        guardian(roster, GRACE, "Grace Singh", "Mother", "07700 900123", DANIEL);
        guardian(roster, HARJ, "Harj Singh", "Father", "07700 900456", DANIEL);
    }

    public static void guardian(RosterChangeApplier roster, String id, String name, String relationship,
                                String phone, String pupil) {
        roster.apply("GUARDIAN", json("{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"relationship\":\""
                + relationship + "\",\"phone\":\"" + phone + "\",\"pupilIds\":[\"" + pupil + "\"]}"));
    }

    public static void seed(RosterChangeApplier roster) {
        roster.apply("SCHOOL", school());
        roster.apply("STAFF", json("{\"id\":\"" + TEACHER + "\",\"misId\":\"S-T1\",\"name\":\"Alice Patel\","
                + "\"position\":\"Class Teacher\"}"));
        roster.apply("CLASS", json("{\"id\":\"" + CLASS_3A + "\",\"misId\":\"C-3A\",\"name\":\"3A\",\"yearGroup\":\"3\","
                + "\"teacherIds\":[\"" + TEACHER + "\"]}"));
        roster.apply("CLASS", json("{\"id\":\"" + CLASS_4A + "\",\"misId\":\"C-4A\",\"name\":\"4A\",\"yearGroup\":\"4\","
                + "\"teacherIds\":[]}"));
        roster.apply("PUPIL", pupil(AMARA, "P0001", "Amara", "Okafor", "3", CLASS_3A));
        roster.apply("PUPIL", pupil(DANIEL, "P0002", "Daniel", "Singh", "3", CLASS_3A));
        roster.apply("PUPIL", pupil(ELSIE, "P0003", "Elsie", "Brown", "3", CLASS_3A));
        roster.apply("PUPIL", pupil(FINN, "P0004", "Finn", "Walsh", "4", CLASS_4A));
    }

    public static JsonObject school() {
        JsonObject school = json("{\"id\":\"" + SCHOOL + "\",\"name\":\"Registerly Test Primary\","
                + "\"timeZone\":\"Europe/London\",\"policyPreset\":\"millbrook\"}");
        JsonArray registers = new JsonArray();
        registers.add(json("{\"session\":\"AM\",\"yearGroups\":[\"*\"],\"opens\":\"08:40\",\"lateAfter\":\"08:50\","
                + "\"closes\":\"09:15\",\"ends\":\"12:00\"}"));
        registers.add(json("{\"session\":\"PM\",\"yearGroups\":[\"*\"],\"opens\":\"13:00\",\"lateAfter\":\"13:05\","
                + "\"closes\":\"13:20\",\"ends\":\"15:15\"}"));
        school.add("registers", registers);
        JsonArray terms = new JsonArray();
        terms.add(json("{\"from\":\"2026-09-01\",\"to\":\"2026-10-23\"}"));
        school.add("terms", terms);
        JsonArray closures = new JsonArray();
        closures.add(json("{\"date\":\"2026-09-01\",\"sessions\":[\"AM\",\"PM\"],\"code\":\"#\"}"));
        school.add("closures", closures);
        return school;
    }

    public static JsonObject pupil(String id, String misId, String first, String last, String yearGroup,
                                   String classId) {
        return json("{\"id\":\"" + id + "\",\"misId\":\"" + misId + "\",\"firstName\":\"" + first + "\","
                + "\"lastName\":\"" + last + "\",\"dateOfBirth\":\"2018-03-14\",\"yearGroup\":\"" + yearGroup + "\","
                + "\"classId\":\"" + classId + "\",\"onRollFrom\":null,\"onRollUntil\":null}");
    }

    /** The school's rules as a device parses its SCHOOL row (for view-model tests without a database). */
    public static SchoolRules rules() {
        JsonObject school = school();
        JsonObject calendar = new JsonObject();
        for (String part : new String[] {"registers", "terms", "closures"}) {
            calendar.add(part, school.get(part));
        }
        return SchoolRulesParser.parse(new SchoolEntity(SCHOOL, school.get("name").getAsString(),
                school.get("timeZone").getAsString(), school.get("policyPreset").getAsString(), calendar.toString()));
    }

    /** A pupil as the roster's read model gives them to screens. */
    public static RosterPupil rosterPupil(String id, String misId, String first, String last, String yearGroup,
                                          String classId) {
        return new RosterPupil(id, misId, first, last, "2018-03-14", yearGroup, classId, SCHOOL);
    }

    /** Amara, Daniel, Elsie (3A) and Finn (4A), by last name as the roster lists them. */
    public static java.util.List<RosterPupil> rosterPupils() {
        return java.util.Arrays.asList(
                rosterPupil(ELSIE, "P0003", "Elsie", "Brown", "3", CLASS_3A),
                rosterPupil(AMARA, "P0001", "Amara", "Okafor", "3", CLASS_3A),
                rosterPupil(DANIEL, "P0002", "Daniel", "Singh", "3", CLASS_3A),
                rosterPupil(FINN, "P0004", "Finn", "Walsh", "4", CLASS_4A));
    }

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }
}
