package uk.registerly.server.letters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import uk.registerly.rules.casework.CaseAction;
import uk.registerly.rules.casework.CaseActionDocument;
import uk.registerly.rules.casework.CaseAssessment;
import uk.registerly.rules.casework.CaseworkRules;
import uk.registerly.rules.casework.LetterRecord;
import uk.registerly.rules.casework.OutcomeKind;
import uk.registerly.rules.casework.StaffMember;
import uk.registerly.rules.evaluation.PupilEvaluation;
import uk.registerly.rules.ladder.ActionType;
import uk.registerly.rules.ladder.LadderStage;
import uk.registerly.rules.ladder.StageAction;
import uk.registerly.server.auth.DevicePrincipal;
import uk.registerly.server.casework.CaseActions;
import uk.registerly.server.casework.Casework;
import uk.registerly.server.http.ApiException;
import uk.registerly.server.http.Json;
import uk.registerly.server.school.SchoolSetup;
import uk.registerly.server.sync.PushService;
import uk.registerly.server.cache.RegisterFacts;
import uk.registerly.server.worklists.Worklists;

/**
 * Writes a ladder letter and records it sent (issue 16): the pupil's real figures in the template's words, in the
 * parent's preferred language with English after it, as a PDF; the PDF is stored (letters, V62) and a CASE_ACTION
 * holding its SHA-256 is pushed through the same checks as any device's (PushService), as the office device.
 */
public final class Letters {

    /** What POST /letters answers: the letter, whether it was written now (false: a replay). */
    public record Sent(uk.registerly.server.casework.CaseworkViews.LetterSummary letter, boolean created) {
    }

    /** A stored letter's PDF and who it is for. */
    public record StoredPdf(UUID id, UUID schoolId, UUID pupilId, UUID guardianId, byte[] content) {
    }

    /** A letter already written for a case action id: its envelope, to push again. */
    public record Existing(UUID id, UUID pupilId, String caseAction) {
    }

    private final Jdbi jdbi;
    private final PushService push;
    private final LetterTemplates templates;

    public Letters(Jdbi jdbi, PushService push, LetterTemplates templates) {
        this.jdbi = jdbi;
        this.push = push;
        this.templates = templates;
    }

    public Sent send(DevicePrincipal office, SchoolSetup setup, UUID pupilId, LetterRequest request, Instant now) {
        Existing existing = jdbi.withHandle(h -> h.createQuery(
                        "select id, pupil_id, case_action::text as case_action from letters where case_action_id = :id")
                .bind("id", request.caseActionId())
                .map(org.jdbi.v3.core.mapper.reflect.ConstructorMapper.of(Existing.class)).findOne().orElse(null));
        if (existing != null) {
            if (!existing.pupilId().equals(pupilId)) {
                throw ApiException.badRequest("caseActionId " + request.caseActionId() + " is already used for another letter");
            }
            pushEnvelope(office, Json.parse(existing.caseAction()));
            return new Sent(summary(setup, pupilId, existing.id()), false);
        }
        Written written = jdbi.withHandle(h -> write(h, office, setup, pupilId, request, now));
        jdbi.useHandle(h -> h.createUpdate("""
                        insert into letters (id, school_id, pupil_id, guardian_id, case_action_id, stage, template, language,
                                             sha256, content, case_action)
                        values (:id, :school, :pupil, :guardian, :action, :stage, :template, :language, :sha, :content,
                                cast(:envelope as jsonb))
                        on conflict do nothing""")
                .bind("id", written.id()).bind("school", setup.id()).bind("pupil", pupilId)
                .bind("guardian", written.guardian()).bind("action", request.caseActionId())
                .bind("stage", written.stage()).bind("template", written.template()).bind("language", written.language())
                .bind("sha", written.sha256()).bind("content", written.pdf()).bind("envelope", Json.write(written.envelope()))
                .execute());
        pushEnvelope(office, written.envelope());
        return new Sent(summary(setup, pupilId, written.id()), true);
    }

    private record Written(UUID id, UUID guardian, String stage, String template, String language, String sha256,
                           byte[] pdf, ObjectNode envelope) {
    }

    private Written write(Handle h, DevicePrincipal office, SchoolSetup setup, UUID pupilId, LetterRequest request,
                          Instant now) {
        LocalDate today = setup.today(now);
        RegisterFacts.PupilRow pupil = RegisterFacts.pupils(h, setup.id(), pupilId, null).stream().findFirst()
                .orElseThrow(() -> ApiException.notFound("no pupil " + pupilId + " at this school"));
        LadderStage stage = setup.policy().attendanceLadder().stages().stream()
                .filter(s -> s.id().equals(request.stage())).findFirst()
                .orElseThrow(() -> ApiException.badRequest("stage " + request.stage() + " is not a stage of the school's ladder"));
        String template = request.template();
        if (template == null) {
            template = stage.actions().stream().filter(a -> a.type() == ActionType.LETTER).map(StageAction::template)
                    .findFirst().orElseThrow(() -> ApiException.badRequest("stage " + stage.id()
                            + " has no LETTER action: name a template"));
        }
        if (!templates.has(template)) {
            throw ApiException.badRequest("template " + template + " is not a letter template (one of the ladders' "
                    + "letters: see docs/server.md)");
        }
        List<Casework.Guardian> guardians = Casework.guardians(h, pupilId);
        Casework.Guardian guardian = request.guardianId() == null
                ? guardians.stream().findFirst().orElseThrow(() -> ApiException.badRequest(
                        "the pupil has no guardian on the roster to write to"))
                : guardians.stream().filter(g -> g.id().equals(request.guardianId())).findFirst()
                        .orElseThrow(() -> ApiException.badRequest("guardianId " + request.guardianId()
                                + " is not a guardian of the pupil"));
        String language = request.language() != null ? request.language() : templates.languageFor(guardian.preferredLanguage());
        if (!LetterTemplates.LANGUAGES.contains(language)) {
            throw ApiException.badRequest("language must be one of " + LetterTemplates.LANGUAGES);
        }
        if (office.staffName() == null) {
            throw ApiException.forbidden("a letter is signed by the office device's member of staff, and it has none");
        }
        PupilEvaluation evaluation = setup.evaluator().evaluatePupil(pupil.forRules(),
                RegisterFacts.facts(h, setup.id(), pupilId), today);
        CaseAssessment assessment = new CaseworkRules(setup.policy()).assess(evaluation,
                CaseActions.of(h, setup.id(), pupilId));
        LocalDate stageStart = assessment.currentStage() != null && assessment.stageEnteredOn() != null
                ? assessment.stageEnteredOn() : today;
        LetterFields.Context context = new LetterFields.Context(setup.name(), guardian.name(),
                pupil.firstName() + " " + pupil.lastName(), pupil.className(), stage, today, stageStart,
                office.staffName(), office.staffPosition(), request.contact() == null ? "the school office" : request.contact(),
                setup.policy().targetRate(), setup.calendar(), template.equals("millbrook-stage-3"));
        LocalDate yearStart = Worklists.academicYearStart(today);
        List<LetterPdf.Part> parts = new ArrayList<>();
        if (!language.equals("en")) {
            parts.add(templates.part(template, language, LetterFields.of(context, evaluation, yearStart, language, templates)));
        }
        parts.add(templates.part(template, "en", LetterFields.of(context, evaluation, yearStart, "en", templates)));
        UUID id = UUID.nameUUIDFromBytes(("letter:" + request.caseActionId()).getBytes(StandardCharsets.UTF_8));
        LocalDateTime at = setup.localTime(now).truncatedTo(ChronoUnit.SECONDS);
        byte[] pdf = LetterPdf.render(stage.title() + ": " + context.childName(), at, id.toString(), parts);
        String sha256 = HexFormat.of().formatHex(LetterPdf.sha256(pdf));
        CaseAction action = CaseAction.builder(request.caseActionId().toString(), pupilId.toString()).stage(stage.id())
                .action(StageAction.letter(template, null))
                .by(StaffMember.of(office.staffName(), office.staffPosition())).at(at).outcome(OutcomeKind.DONE)
                .notes(request.notes()).ladderVersion(setup.policy().attendanceLadder().version())
                .letter(LetterRecord.of(id.toString(), sha256, language)).build();
        ObjectNode payload = Json.MAPPER.valueToTree(CaseActionDocument.toMap(action));
        payload.put("pupil", pupilId.toString());
        ObjectNode envelope = Json.object();
        envelope.put("id", request.caseActionId().toString());
        envelope.put("deviceSeq", 0);
        envelope.put("type", "CASE_ACTION");
        envelope.put("deviceTime", now.truncatedTo(ChronoUnit.MILLIS).toString());
        envelope.set("payload", payload);
        return new Written(id, guardian.id(), stage.id(), template, language, sha256, pdf, envelope);
    }

    private void pushEnvelope(DevicePrincipal office, JsonNode envelope) {
        ObjectNode batch = Json.object();
        batch.putArray("events").add(envelope);
        push.push(office, batch);
    }

    private uk.registerly.server.casework.CaseworkViews.LetterSummary summary(SchoolSetup setup, UUID pupil, UUID id) {
        return jdbi.withHandle(h -> Casework.letters(h, setup.id(), pupil, null, setup.zone())).stream()
                .filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    public StoredPdf pdf(Handle h, UUID letter) {
        return h.createQuery("""
                        select l.id, l.school_id, l.pupil_id, l.guardian_id, l.content from letters l
                        where l.id = :id and exists (select 1 from events e where e.id = l.case_action_id)""")
                .bind("id", letter)
                .map(org.jdbi.v3.core.mapper.reflect.ConstructorMapper.of(StoredPdf.class)).findOne().orElse(null);
    }

}
