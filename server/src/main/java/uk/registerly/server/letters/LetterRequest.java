package uk.registerly.server.letters;

import io.javalin.http.Context;
import io.javalin.validation.BodyValidator;
import java.util.UUID;
import uk.registerly.server.http.FieldChecks;

/**
 * POST /api/v1/pupils/{pupilId}/letters: write a ladder letter and record it sent. {@code caseActionId} is the
 * client-generated id of the CASE_ACTION that records it (sending again with the same id is a replay);
 * {@code template} defaults to the stage's LETTER action's, {@code guardianId} to the pupil's first guardian,
 * {@code language} to the guardian's preferred language, {@code contact} to "the school office".
 */
public record LetterRequest(UUID caseActionId, String stage, String template, UUID guardianId, String language,
                            String contact, String notes) {

    static LetterRequest read(Context ctx) {
        BodyValidator<LetterRequest> body = ctx.bodyValidator(LetterRequest.class);
        body = FieldChecks.present(body, "caseActionId", LetterRequest::caseActionId);
        body = FieldChecks.text(body, "stage", LetterRequest::stage, 40);
        body = FieldChecks.optionalText(body, "template", LetterRequest::template, 64);
        body = FieldChecks.optionalText(body, "language", LetterRequest::language, 20);
        body = FieldChecks.optionalText(body, "contact", LetterRequest::contact, 200);
        body = FieldChecks.optionalText(body, "notes", LetterRequest::notes, 4000);
        return body.get();
    }
}
