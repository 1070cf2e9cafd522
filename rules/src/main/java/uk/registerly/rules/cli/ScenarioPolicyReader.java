package uk.registerly.rules.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.figures.Fraction;
import uk.registerly.rules.policy.EscalationLadder;
import uk.registerly.rules.policy.LadderBand;
import uk.registerly.rules.policy.LateMarksWarning;
import uk.registerly.rules.policy.SchoolPolicy;
import uk.registerly.rules.policy.SchoolPresets;
import uk.registerly.rules.schedule.RegisterSchedule;
import uk.registerly.rules.schedule.RegisterWindow;

/**
 * A scenario's school and policy: a preset by name or the policy's own fields over one, and the school's
 * register windows (rules-scenario-format.md).
 */
final class ScenarioPolicyReader {

    private ScenarioPolicyReader() {
    }

    static SchoolPolicy read(JsonFields root) throws BadInputException {
        SchoolPolicy preset = null;
        JsonFields policy = null;
        if (root.has("policy")) {
            JsonElement element = root.get("policy");
            if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isString()) {
                preset = preset(element.getAsString(), root.path("policy"));
            } else {
                policy = root.object("policy");
                String name = policy.optionalString("preset");
                preset = name == null ? null : preset(name, policy.path("preset"));
            }
        }
        RegisterSchedule registers;
        if (root.has("school") || preset == null) {
            registers = registers(root.object("school"));
        } else {
            registers = preset.registers();
        }
        SchoolPolicy.Builder builder = preset == null
                ? SchoolPolicy.builder("scenario", registers) : preset.toBuilder().registers(registers);
        if (policy != null) {
            Integer medical = policy.optionalPositiveInt("medicalEvidenceAfterDays");
            if (medical != null) {
                builder.medicalEvidenceAfterDays(medical);
            }
            Integer notice = policy.optionalPositiveInt("leaveNoticeDays");
            if (notice != null) {
                builder.leaveNoticeDays(notice);
            }
            if (policy.has("targetRate")) {
                builder.targetRate(rate(policy, "targetRate"));
            }
            if (policy.has("ladder")) {
                builder.ladder(ladder(policy));
            }
            if (policy.has("uMarksWarning")) {
                JsonFields warning = policy.object("uMarksWarning");
                Integer count = warning.optionalPositiveInt("uMarksPerTerm");
                Integer period = warning.optionalPositiveInt("improvementSchoolDays");
                if (count == null) {
                    throw warning.missing("uMarksPerTerm");
                }
                if (period == null) {
                    throw warning.missing("improvementSchoolDays");
                }
                builder.lateMarksWarning(new LateMarksWarning(count, period));
            }
        }
        return builder.build();
    }

    private static SchoolPolicy preset(String name, String path) throws BadInputException {
        SchoolPolicy preset = SchoolPresets.named(name);
        if (preset == null) {
            throw new BadInputException(path, "unknown preset \"" + name + "\" (one of "
                    + String.join(", ", SchoolPresets.all().keySet()) + ")");
        }
        return preset;
    }

    private static EscalationLadder ladder(JsonFields policy) throws BadInputException {
        JsonArray bands = policy.array("ladder");
        List<LadderBand> list = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            JsonFields band = JsonFields.of(bands.get(i), policy.path("ladder") + "[" + i + "]");
            Fraction from = rate(band, "from");
            Fraction to = band.has("to") ? rate(band, "to") : null;
            String action = band.string("action");
            String description = band.has("description") ? band.string("description") : action;
            try {
                list.add(new LadderBand(from, to, action, description));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(band.path(), e.getMessage());
            }
        }
        try {
            return new EscalationLadder(list);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(policy.path("ladder"), e.getMessage());
        }
    }

    private static Fraction rate(JsonFields fields, String field) throws BadInputException {
        try {
            Fraction rate = Fraction.ofDecimal(fields.number(field).getAsBigDecimal());
            if (rate.compareTo(Fraction.ONE) <= 0) {
                return rate;
            }
        } catch (IllegalArgumentException | ArithmeticException e) {
            // falls through to the message below
        }
        throw new BadInputException(fields.path(field), "expected a rate between 0 and 1, e.g. 0.95");
    }

    private static RegisterSchedule registers(JsonFields school) throws BadInputException {
        JsonArray array = school.array("registers");
        List<RegisterWindow> windows = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonFields register = JsonFields.of(array.get(i), school.path("registers") + "[" + i + "]");
            Session session = ScenarioValues.session(register, "session");
            Set<String> years = new LinkedHashSet<>();
            JsonArray yearGroups = register.array("yearGroups");
            for (int y = 0; y < yearGroups.size(); y++) {
                JsonElement year = yearGroups.get(y);
                if (!year.isJsonPrimitive()) {
                    throw new BadInputException(register.path("yearGroups") + "[" + y + "]",
                            "expected a year group such as \"9\" or \"*\", got " + JsonFields.describe(year));
                }
                years.add(year.getAsString());
            }
            if (years.isEmpty()) {
                throw new BadInputException(register.path("yearGroups"), "needs at least one year group (or \"*\")");
            }
            try {
                windows.add(new RegisterWindow(session, years, register.time("opens"), register.time("lateAfter"),
                        register.time("closes"), register.time("ends")));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(register.path(), e.getMessage());
            }
        }
        return new RegisterSchedule(windows);
    }
}
