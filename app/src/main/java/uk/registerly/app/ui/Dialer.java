package uk.registerly.app.ui;

import android.content.ActivityNotFoundException;
import android.content.Context;
import android.content.Intent;
import android.net.Uri;
import android.widget.Toast;

import uk.registerly.app.R;

/**
 * Phone numbers open the dialer with the number filled in (ACTION_DIAL): the person taps call
 * there, so the app needs no CALL_PHONE permission and never calls anyone by itself. A tablet
 * without telephony has no dialer: it then says so, with the number to dial from a phone.
 */
public final class Dialer {
    private Dialer() {
    }

    public static Intent dial(String phoneNumber) {
        return new Intent(Intent.ACTION_DIAL, Uri.fromParts("tel", phoneNumber.replace(" ", ""), null));
    }

    /** Opens the dialer; false (and a message with the number) when the device has none. */
    public static boolean start(Context context, String phoneNumber) {
        try {
            context.startActivity(dial(phoneNumber));
            return true;
        } catch (ActivityNotFoundException e) {
            Toast.makeText(context, context.getString(R.string.dialer_missing, phoneNumber), Toast.LENGTH_LONG).show();
            return false;
        }
    }
}
