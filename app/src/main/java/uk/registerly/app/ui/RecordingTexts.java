package uk.registerly.app.ui;

import androidx.annotation.Nullable;
import androidx.annotation.StringRes;

import java.util.HashMap;
import java.util.Map;

import uk.registerly.app.R;

/**
 * Each stable refusal code (the rules module's {@code ProblemCode} and the server's own per-event
 * codes, sync-protocol §3) in the app's words, from strings_recording.xml: what the tablet says when
 * it refuses a write itself and beside an event the server rejected.
 */
public final class RecordingTexts {
    private static final Map<String, Integer> TEXTS = new HashMap<>();

    static {
        TEXTS.put("recorder_not_allowed", R.string.recording_recorder_not_allowed);
        TEXTS.put("amendment_reason_missing", R.string.recording_amendment_reason_missing);
        TEXTS.put("amendment_signature_missing", R.string.recording_amendment_signature_missing);
        TEXTS.put("after_last_session", R.string.recording_after_last_session);
        TEXTS.put("date_in_future", R.string.recording_date_in_future);
        TEXTS.put("not_school_session", R.string.recording_not_school_session);
        TEXTS.put("school_closed", R.string.recording_school_closed);
        TEXTS.put("not_on_roll", R.string.recording_not_on_roll);
        TEXTS.put("code_not_for_age", R.string.recording_code_not_for_age);
        TEXTS.put("leave_refusal_final", R.string.recording_leave_refusal_final);
        TEXTS.put("leave_refused", R.string.recording_leave_refused);
        TEXTS.put("register_closed", R.string.recording_register_closed);
        TEXTS.put("arrival_unknown", R.string.recording_arrival_unknown);
        TEXTS.put("withdrawal_not_same_day", R.string.recording_withdrawal_not_same_day);
        TEXTS.put("invalid_payload", R.string.recording_invalid_payload);
        TEXTS.put("payload_too_large", R.string.recording_payload_too_large);
        TEXTS.put("id_reused", R.string.recording_id_reused);
        TEXTS.put("not_permitted", R.string.recording_not_permitted);
        TEXTS.put("reference_unknown", R.string.recording_reference_unknown);
        TEXTS.put("reference_closed", R.string.recording_reference_closed);
        TEXTS.put("leave_not_grantable", R.string.recording_leave_not_grantable);
    }

    private RecordingTexts() {
    }

    /** Whether {@code code} has words of its own here. */
    public static boolean knows(@Nullable String code) {
        return code != null && TEXTS.containsKey(code);
    }

    /** The string for a known code; see {@link #message(String)} for any code. */
    @StringRes
    public static int of(String code) {
        Integer text = TEXTS.get(code);
        if (text == null) {
            throw new IllegalArgumentException("no words for refusal code " + code);
        }
        return text;
    }

    /** Words for any code: its own, or "refused (code)" for a code newer than this app, or none at all. */
    public static ScreenMessage message(@Nullable String code) {
        if (code == null) {
            return ScreenMessage.of(R.string.recording_no_code);
        }
        Integer text = TEXTS.get(code);
        return text == null ? ScreenMessage.of(R.string.recording_unknown_code, code) : ScreenMessage.of(text);
    }
}
