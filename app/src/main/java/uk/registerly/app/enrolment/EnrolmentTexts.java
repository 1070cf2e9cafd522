package uk.registerly.app.enrolment;

import android.content.Context;

import uk.registerly.app.R;

/**
 * What the set-up screen says about each {@link EnrolmentException.Problem}, from
 * strings_enrolment.xml in the reader's language (a parent signs in here): whole sentences with
 * placeholders, never joined in code.
 */
final class EnrolmentTexts {
    private EnrolmentTexts() {
    }

    static String problem(Context context, EnrolmentException failure) {
        switch (failure.problem) {
            case SERVER_MISSING:
                return context.getString(R.string.enrolment_problem_server_missing);
            case SERVER_INVALID:
                return context.getString(R.string.enrolment_problem_server_invalid, failure.text);
            case SERVER_NOT_HTTPS:
                return context.getString(R.string.enrolment_problem_server_not_https);
            case SECURE_CONNECTION_FAILED:
                return context.getString(R.string.enrolment_problem_secure_connection, failure.text);
            case UNREACHABLE:
                return context.getString(R.string.enrolment_problem_unreachable, failure.text);
            case NOT_REGISTERLY:
                return context.getString(R.string.enrolment_problem_not_registerly, failure.text);
            case CODE_MISSING:
                return context.getString(R.string.enrolment_problem_code_missing);
            case INVITATION_MISSING:
                return context.getString(R.string.enrolment_problem_invitation_missing);
            case CODE_REFUSED:
                return context.getString(R.string.enrolment_problem_code_refused);
            case INVITATION_REFUSED:
                return context.getString(R.string.enrolment_problem_invitation_refused);
            case CODE_NOT_ACCEPTED:
                return context.getString(R.string.enrolment_problem_code_not_accepted);
            case QR_WITHOUT_CODE:
                return context.getString(R.string.enrolment_problem_qr_without_code);
            case QR_NOT_ENROLMENT:
                return context.getString(R.string.enrolment_problem_qr_not_enrolment);
            case TOO_MANY_ATTEMPTS:
                return context.getResources().getQuantityString(R.plurals.enrolment_problem_wait, failure.number,
                        failure.number);
            case SERVER_ERROR:
                return context.getString(R.string.enrolment_problem_server_error, failure.number);
            default:
                return context.getString(R.string.enrolment_problem_unknown_role, failure.text);
        }
    }
}
